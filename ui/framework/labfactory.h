#pragma once
// Creates the page that draws a lab. A lab without a page of its own yet gets
// a plain page listing its figures in words, so every lab in the core can be
// run from the window.

#include "framework/lab.h"

class LabPage;
class QWidget;

LabPage *createLabPage(const dp::LabModel &lab, QWidget *parent = nullptr);
