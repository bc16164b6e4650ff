#pragma once
// Makes a table exactly as tall as its rows: no inner scroll bar, the page
// scrolls instead. The height follows the rows whenever they change (word
// wrapping after a resize, new contents).

#include <QTableView>

void fitTableToRows(QTableView *table);
