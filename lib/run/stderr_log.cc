#include "run/stderr_log.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/local_format.h"
#include "base/plural.h"
#include "nytte/i18n.h"

namespace nytte {

StderrLog::StderrLog(StageProgress* progress, uint64_t examples, std::FILE* to)
    : progress_(progress), examples_(examples), to_(to) {}

void StderrLog::line(std::string_view kind, bool error, std::string_view text) {
  auto it = kinds_.find(kind);
  if (it == kinds_.end()) it = kinds_.emplace(std::string(kind), Kind{}).first;
  it->second.error = error;
  if (++it->second.count > examples_ || quiet_) return;
  if (progress_) progress_->clear();
  fmt::print(to_, "{}\n", text);
}

namespace {

std::string_view kind_of(const Diagnostic& d) {
  return d.code.empty() ? std::string_view("error") : std::string_view(d.code);
}

}  // namespace

void StderrLog::error(const Diagnostic& d) {
  ++errors_;
  line(kind_of(d), true, message_line(d));
}

void StderrLog::bad_record(const std::vector<Diagnostic>& problems) {
  ++errors_;
  for (const Diagnostic& d : problems) line(kind_of(d), true, message_line(d));
}

void StderrLog::outcome(std::string_view kind, const SourcePos& pos, std::string message) {
  line(kind, false,
       message_line(Diagnostic{Severity::warning, pos, std::move(message), std::string(kind)}));
}

bool StderrLog::print_hidden(std::string_view hint) const {
  bool any = false;
  for (bool errors : {true, false}) {
    uint64_t hidden = 0;
    std::vector<std::string> parts;
    for (const auto& [name, k] : kinds_) {
      if (k.error != errors || k.count <= examples_) continue;
      hidden += k.count - examples_;
      parts.push_back(fmt::format("{} {}", name, local_count(k.count - examples_)));
    }
    if (!hidden) continue;
    any = true;
    if (quiet_) continue;
    if (progress_) progress_->clear();
    std::string list = fmt::format("{}", fmt::join(parts, ", "));
    std::string then = errors || hint.empty() ? std::string() : fmt::format("; {}", hint);
    fmt::print(to_, "{}\n",
               errors
                   ? trf_plural("nytte: {} more error not shown, the first {} of each kind are "
                                "above ({}){}",
                                "nytte: {} more errors not shown, the first {} of each kind "
                                "are above ({}){}",
                                hidden, local_count(hidden), local_count(examples_), list, then)
                   : trf_plural("nytte: {} more line not shown, the first {} of each kind are "
                                "above ({}){}",
                                "nytte: {} more lines not shown, the first {} of each kind are "
                                "above ({}){}",
                                hidden, local_count(hidden), local_count(examples_), list, then));
  }
  return any;
}

std::string reason_kind(std::string_view reason) {
  // What follows ": " or "; " is a list (of ids, of fields) or another reason.
  reason = reason.substr(0, std::min(reason.find(": "), reason.find("; ")));
  auto digits = [&](size_t i, size_t n) {
    if (i + n > reason.size()) return false;
    for (size_t k = i; k < i + n; ++k)
      if (reason[k] < '0' || reason[k] > '9') return false;
    return true;
  };
  std::string s;
  for (size_t i = 0; i < reason.size();) {
    if (digits(i, 4) && i + 10 <= reason.size() && reason[i + 4] == '-' && digits(i + 5, 2) &&
        reason[i + 7] == '-' && digits(i + 8, 2)) {
      s += "<date>";
      i += 10;
    } else if (digits(i, 1)) {
      while (digits(i, 1)) ++i;
      if (i + 2 < reason.size() && reason[i] == ':' && digits(i + 1, 2)) {
        s += "<h:mm>";
        i += 3;
      } else {
        s += 'N';
      }
    } else {
      s += reason[i++];
    }
  }
  return s;
}

void ReasonTally::add(std::string_view reason) {
  std::string kind = reason_kind(reason);
  auto it = counts_.find(kind);
  if (it == counts_.end()) it = counts_.emplace(std::move(kind), 0).first;
  ++it->second;
}

std::string ReasonTally::str(size_t most) const {
  std::vector<std::pair<std::string_view, uint64_t>> v(counts_.begin(), counts_.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> parts;
  uint64_t others = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i < most) {
      parts.push_back(fmt::format("{} {}", v[i].first, local_count(v[i].second)));
    } else {
      others += v[i].second;
    }
  }
  if (v.size() > most) {
    parts.push_back(fmt::format("{} {}", plural(v.size() - most, "other reason", "other reasons"),
                                local_count(others)));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

}  // namespace nytte
