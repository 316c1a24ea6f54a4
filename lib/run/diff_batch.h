// A population diffed as it streams past: one run_batch whose workers each
// decide every person on both sides (DiffTally), the tallies merged, and
// the records skipped as duplicate ids taken out again. Used by diff
// (lib/run/diff_run.cc) and validate --baseline.
#pragma once

#include <string>
#include <vector>

#include "diff/diff.h"
#include "model/schema.h"
#include "run/batch.h"
#include "run/output_file.h"
#include "run/stderr_log.h"

namespace nytte {

struct DiffRun {
  DiffTally tally;     // every good record, each id once
  BatchCounts counts;  // records read, errors (bad records, duplicates, unreadable inputs)
};

// --list: the changed people as JSON lines, in input order, each
//   {"id":"p17","changed":["status","track"],"before":{...},"after":{...}}
// `changed`: the parts that differ, in kDecisionParts order; before and
// after: the objects check-eligibility --format jsonl writes for the person
// on that side (CPR masked unless show_cpr).
struct DiffList {
  OutputSink* out = nullptr;  // null: no list
  bool show_cpr = false;
};

// The schema the population is read with on both sides: the rule set's
// declared fields when one declares none or its fields begin the other's
// (a record's extra values are found by position), the codes of both.
// Throws UsageError when the declared fields differ otherwise.
Schema diff_schema(const RuleSet& before, const RuleSet& after);

// Diffs `inputs` (citizen files, directories, "-") under `options`, on
// `batch`'s threads (its reader format, duplicate check and progress).
// Bad records and duplicates go to `log`, each counted in counts.errors;
// the others are all counted. `options` must outlive the result. Throws
// Error for an output that cannot be written, UsageError as diff_schema.
DiffRun diff_population(const std::vector<std::string>& inputs, const DiffOptions& options,
                        const BatchOptions& batch, StderrLog& log, const DiffList& list = {});

}  // namespace nytte
