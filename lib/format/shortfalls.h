// --shortfalls FILE (build-package, weekly-hours): every shortfall of a run
// as CSV, whatever --format the packages or weeks are written in, so that a
// batch written as a plan file, a calendar or text loses none of them.
// Written whole or not at all, like -o. Columns: docs/packages.md and
// docs/hours.md ("Every shortfall in a file").
#pragma once

#include <optional>
#include <string>

#include "format/output.h"
#include "hours/hours.h"
#include "load/csv.h"
#include "schedule/package.h"

namespace nytte {

class ShortfallFile {
 public:
  enum class Of : uint8_t { packages, weeks };
  // `path` "": none asked for (every call does nothing). `f`: --csv-sep and
  // --csv-bom, as the command's CSV output.
  ShortfallFile(const std::string& path, Of of, const csv::Format& f = {});

  // build-package: a row for each phase of a person left short, and one for
  // a person without a package (status no_package, the reason why).
  //   id,status,phase,missing_minutes,missing_hours,reason
  void add(const PackageResult& r);
  // weekly-hours: a row for each week short of its requirement.
  //   id,week,from,to,kind,required_minutes,done_minutes,shortfall_minutes,shortfall_hours,flags
  void add(const PersonHours& p);

  void commit();

 private:
  void flush(bool force = false);
  std::optional<OutputSink> sink_;
  char sep_;
  std::string buf_;
};

}  // namespace nytte
