// nytte check-eligibility --ask, run: an interview that asks, one question
// at a time, only for the facts the rules still need, then prints the
// decision as check-eligibility does. docs/interview.md; behind it: lib/run/interview_run.cc and
// lib/interview/.
#pragma once

#include <cstdio>

#include "nytte/eligibility_run.h"

namespace nytte {

// Runs the interview: questions on `err`, answers from `in` (interactive
// when it is a terminal, else one answer a line), the decision on standard
// output, the answers saved as a citizen file with -o. Returns
// check-eligibility's exit status for the person answered. Throws
// UsageError for bad options and Error for bad rules, an input file that
// cannot be read, a bad answer or standard input ending early (not a
// terminal), or a terminal's input ended (Ctrl-D).
int run_interview(const EligibilityRunOptions& o, std::FILE* in = stdin, std::FILE* err = stderr);

}  // namespace nytte
