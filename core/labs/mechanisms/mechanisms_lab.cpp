// The mechanisms lab's parameters (the model is in mechanisms.cpp).
#include "labs/mechanisms/mechanisms.h"

#include <cmath>

namespace dp {

std::vector<Param<MechanismsParams>> MechanismsLab::params()
{
    return {
        bind(&Params::mechanism,
             {.id = "mechanism",
              .choices = {"laplace", "gaussian", "discrete_laplace", "discrete_gaussian",
                          "wrong_sensitivity", "uniform", "forced_yes"}}),
        bind(&Params::epsilon,
             {.id = "epsilon", .min = 0.01, .max = 10, .log = true, .decimals = 2}),
        bind(&Params::delta,
             {.id = "delta", .min = 1e-10, .max = 0.1, .log = true, .decimals = 12}),
        bind(&Params::sensitivity,
             {.id = "sensitivity", .min = 0.1, .max = 100, .log = true, .decimals = 2}),
        bind(&Params::trueCount, {.id = "true_count", .min = 0, .max = 1e6}),
        bind(&Params::samples, {.id = "samples", .min = 1, .max = 1e7, .log = true}),
        bind(&Params::prior, {.id = "prior", .min = 0.01, .max = 0.99, .unit = "%", .decimals = 3}),
        bind(&Params::population, {.id = "population", .min = 10, .max = 1e8, .log = true}),
    };
}

} // namespace dp
