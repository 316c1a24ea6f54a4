#include "format/shortfalls.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace nytte {
namespace {

// Minutes as decimal hours with two decimals (the exact figure is the
// minutes column beside it); a decimal comma with ';' as separator.
std::string hours_2(int64_t minutes, char sep) {
  std::string s = fmt::format("{:.2f}", static_cast<double>(minutes) / 60.0);
  if (sep == ';') std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

}  // namespace

ShortfallFile::ShortfallFile(const std::string& path, Of of, const csv::Format& f)
    : sep_(f.separator) {
  if (path.empty()) return;
  sink_.emplace(path);
  buf_ = of == Of::packages ? "id,status,phase,missing_minutes,missing_hours,reason\n"
                            : "id,week,from,to,kind,required_minutes,done_minutes,"
                              "shortfall_minutes,shortfall_hours,flags\n";
  if (sep_ != ',') std::replace(buf_.begin(), buf_.end(), ',', sep_);
  buf_.insert(0, csv::start_of(f));
}

void ShortfallFile::flush(bool force) {
  if (force || buf_.size() > (1 << 16)) {
    sink_->write(buf_);
    buf_.clear();
  }
}

void ShortfallFile::add(const PackageResult& r) {
  if (!sink_) return;
  auto row = [&](std::string_view status, std::string_view phase, std::optional<int64_t> minutes,
                 std::string_view reason) {
    csv_cell(buf_, r.id, sep_);
    buf_ += sep_;
    buf_ += status;
    buf_ += sep_;
    csv_cell(buf_, phase, sep_);
    buf_ += sep_;
    if (minutes) buf_ += fmt::format("{}", *minutes);
    buf_ += sep_;
    if (minutes) buf_ += hours_2(*minutes, sep_);
    buf_ += sep_;
    csv_cell(buf_, reason, sep_);
    buf_ += '\n';
  };
  if (!r.problem.empty()) {
    row("no_package", "", std::nullopt, r.problem);
  } else {
    for (const WeeklyPackage& w : r.packages) {
      if (w.shortfall_reasons.empty()) continue;
      row("short", w.phase ? std::string_view(w.phase->h.id) : std::string_view(),
          w.missing_minutes, fmt::format("{}", fmt::join(w.shortfall_reasons, "; ")));
    }
  }
  flush();
}

void ShortfallFile::add(const PersonHours& p) {
  if (!sink_) return;
  for (const WeekHours& w : p.weeks) {
    if (w.shortfall_minutes <= 0) continue;
    std::optional<int64_t> done = w.attended_minutes ? w.attended_minutes : w.planned_minutes;
    auto opt = [](std::optional<int64_t> v) { return v ? fmt::format("{}", *v) : std::string(); };
    csv_cell(buf_, p.id, sep_);
    for (const std::string& cell :
         {fmt::format("{}-W{:02d}", w.week.year, w.week.week), w.first.iso(), w.last.iso(),
          std::string(w.attended_minutes ? "short" : "plan_short"), opt(w.required_minutes),
          opt(done), fmt::format("{}", w.shortfall_minutes), hours_2(w.shortfall_minutes, sep_)}) {
      buf_ += sep_;
      buf_ += cell;
    }
    buf_ += sep_;
    // Lists in a cell are joined as every CSV output joins them: ';', or '|'
    // when ';' separates the cells (csv::Format).
    csv_cell(buf_, fmt::format("{}", fmt::join(w.flags, sep_ == ';' ? "|" : ";")), sep_);
    buf_ += '\n';
  }
  flush();
}

void ShortfallFile::commit() {
  if (!sink_) return;
  flush(true);
  sink_->commit();
}

}  // namespace nytte
