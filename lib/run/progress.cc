#include "run/progress.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <fmt/format.h>

#include "base/local_format.h"
#include "nytte/i18n.h"

namespace nytte {

uint64_t input_bytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  for (const std::string& path : paths) {
    if (path == "-") return 0;
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec) return 0;
    if (fs::is_regular_file(st)) {
      uint64_t size = fs::file_size(path, ec);
      if (ec) return 0;
      total += size;
    } else if (fs::is_directory(st)) {
      for (const fs::directory_entry& e : fs::directory_iterator(path, ec)) {
        std::string ext = e.path().extension().string();
        if ((ext == ".toml" || ext == ".csv") && e.is_regular_file(ec)) {
          total += e.file_size(ec);
        }
      }
      if (ec) return 0;
    } else {
      return 0;  // a pipe or a device: its size is not known ahead
    }
  }
  return total;
}

namespace {

std::string amount(ProgressUnit unit, uint64_t n) {
  if (unit == ProgressUnit::bytes) return local_fixed(static_cast<double>(n) / 1e6, 1);
  return local_count(n);
}

std::string_view unit_name(ProgressUnit unit) {
  switch (unit) {
    case ProgressUnit::bytes:
      return "MB";
    case ProgressUnit::people:
      return tr("people");
    case ProgressUnit::rows:
      return tr("rows");
  }
  return "";
}

std::string duration_text(double seconds) {
  long s = std::lround(seconds);
  if (s < 60) return fmt::format("{} s", s);
  if (s < 3600) return fmt::format("{} min {} s", s / 60, s % 60);
  return trf("{} h {} min", s / 3600, s % 3600 / 60);
}

// The stages' names as the runs pass them, for the catalogue: a stage is
// shown in the reader's language.
constexpr const char* kStages[] = {N_("reading citizens"),  N_("checking citizens"),
                                   N_("building packages"), N_("reading attendance"),
                                   N_("weekly hours"),      N_("writing")};

std::string_view stage_text(std::string_view stage) {
  for (const char* s : kStages) {
    if (stage == s) return tr(s);
  }
  return stage;
}

}  // namespace

std::string progress_text(std::string_view stage, ProgressUnit unit, uint64_t done, uint64_t total,
                          double seconds) {
  stage = stage_text(stage);
  if (total == 0) return fmt::format("{}: {} {}", stage, amount(unit, done), unit_name(unit));
  done = std::min(done, total);
  double share = static_cast<double>(done) / static_cast<double>(total);
  std::string s = trf("{}: {}% ({} of {} {})", stage, static_cast<int>(share * 100),
                      amount(unit, done), amount(unit, total), unit_name(unit));
  if (seconds >= 1 && share >= 0.01 && done < total) {
    s += trf(", about {} left", duration_text(seconds * (1 - share) / share));
  }
  return s;
}

}  // namespace nytte
