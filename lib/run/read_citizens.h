// A command's citizen records read from its inputs, in input order, with
// what cannot be read on the bounded standard error of the run.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "load/citizen_reader.h"
#include "model/citizen.h"
#include "run/progress.h"
#include "run/stderr_log.h"

namespace nytte {

// Reads every citizen record of `inputs` in input order and passes the good
// ones to `each`; bad records and unreadable inputs go to `log` (bounded
// standard error), and `progress`, when given, is told the bytes read (a
// stage the caller started).
void read_citizens(const std::vector<std::string>& inputs, const Schema& schema,
                   const ReaderOptions& opt, StderrLog& log, Progress* progress,
                   const std::function<void(const Citizen&)>& each);

// The error for a record whose id an earlier record has.
Diagnostic duplicate_id_error(const Citizen& c);

// read_citizens keeping the first record of each id: a later one is the
// error duplicate_id_error, logged. Stage "reading citizens" on `progress`.
std::vector<Citizen> read_unique_citizens(const std::vector<std::string>& inputs,
                                          const Schema& schema, StderrLog& log,
                                          StageProgress& progress);

}  // namespace nytte
