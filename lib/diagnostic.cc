#include "diagnostic.h"

#include <algorithm>

#include <fmt/format.h>

namespace nytte {

std::string Diagnostic::str() const {
  std::string_view sev = severity == Severity::error     ? "error"
                         : severity == Severity::warning ? "warning"
                                                         : "note";
  if (pos.line == 0) return fmt::format("{}: {}: {}", pos.file, sev, message);
  if (pos.column == 0) return fmt::format("{}:{}: {}: {}", pos.file, pos.line, sev, message);
  return fmt::format("{}:{}:{}: {}: {}", pos.file, pos.line, pos.column, sev, message);
}

void fail(SourcePos pos, std::string message, std::string code) {
  throw Error(Diagnostic{Severity::error, std::move(pos), std::move(message), std::move(code)});
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  size_t limit = std::max<size_t>(1, word.size() / 3);
  size_t best = limit + 1;
  std::string_view pick;
  for (std::string_view c : candidates) {
    size_t d = edit_distance(word, c);
    if (d < best) {
      best = d;
      pick = c;
    }
  }
  if (pick.empty() || best > limit) return "";
  return fmt::format("did you mean '{}'?", pick);
}

}  // namespace nytte
