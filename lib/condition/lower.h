// Stage 4 of the condition language: the checked tree made the compiled form
// the evaluator walks. Tests of benefit, category and sex against fixed codes
// become bit masks, benefit lists given to months_on() and days_on() too,
// date("...") a date; and the values that explain the expression are listed
// on its root (observe()).
#pragma once

#include "condition/program.h"
#include "condition/source.h"

namespace nytte::condition {

void lower(ExprNode& root, const Source& src);

// Lists on `root` the values that explain it (ExprNode::observables), once
// the tree is where it stays (they point into it).
void list_observables(ExprNode& root);

}  // namespace nytte::condition
