#include "base/diagnostic.h"

#include <algorithm>
#include <regex>
#include <utility>

#include <fmt/format.h>

#include "base/local_format.h"
#include "nytte/i18n.h"

namespace nytte {

namespace {

// validate's compiler form keeps these words in every language: CI parsers
// match "error:" and "warning:".
std::string_view severity_name(Severity s) {
  return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "note";
}

// Standard error's word, in the reader's language ("nytte: fejl: ...").
std::string_view severity_word(Severity s) {
  return s == Severity::error ? tr("error") : s == Severity::warning ? tr("warning") : tr("note");
}

}  // namespace

std::string Diagnostic::str() const {
  std::string_view sev = severity_name(severity);
  if (pos.line == 0) return fmt::format("{}: {}: {}", pos.file, sev, message);
  if (pos.column == 0) return fmt::format("{}:{}: {}: {}", pos.file, pos.line, sev, message);
  return fmt::format("{}:{}:{}: {}: {}", pos.file, pos.line, pos.column, sev, message);
}

std::string message_line(Severity severity, std::string_view message) {
  return fmt::format("nytte: {}: {}", severity_word(severity), message);
}

std::string message_line(const Diagnostic& d) {
  std::string_view sev = severity_word(d.severity);
  const SourcePos& p = d.pos;
  if (p.file.empty()) return message_line(d.severity, d.message);
  if (p.line == 0) return fmt::format("nytte: {}: {}: {}", sev, p.file, d.message);
  if (p.column == 0) return fmt::format("nytte: {}: {}:{}: {}", sev, p.file, p.line, d.message);
  return fmt::format("nytte: {}: {}:{}:{}: {}", sev, p.file, p.line, p.column, d.message);
}

void fail(SourcePos pos, std::string message, std::string code) {
  throw Error(Diagnostic{Severity::error, std::move(pos), std::move(message), std::move(code)});
}

// Optimal string alignment distance: insertions, deletions, substitutions and
// transpositions of two neighbouring characters ("titel" -> "title") cost 1.
size_t edit_distance(std::string_view a, std::string_view b) {
  // Rows i-2, i-1 and i of the table (a's first i characters against b's).
  std::vector<size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], before[j - 2] + 1);
      }
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

namespace {

// ASCII letters in lower case (UTF-8 bytes of other letters as they are).
std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  // One edit for short words, then about one for every three characters.
  if (word.size() > kMaxSuggestedWord) return "";
  size_t limit = word.size() <= 3 ? 1 : std::max<size_t>(2, word.size() / 3);
  size_t best = limit + 1;
  std::string_view pick;
  // Case is no edit: JSON is json, Titel is close to title.
  const std::string lower = lower_ascii(word);
  for (std::string_view c : candidates) {
    // Each insertion or deletion changes the length by one: too far apart.
    size_t apart = c.size() > word.size() ? c.size() - word.size() : word.size() - c.size();
    if (apart > limit) continue;
    size_t d = edit_distance(lower, lower_ascii(c));
    if (d < best) {
      best = d;
      pick = c;
    }
  }
  if (pick.empty() || best > limit) return "";
  return trf("did you mean '{}'?", pick);
}

std::string excerpt(std::string_view text, size_t max) {
  if (text.size() <= max) return std::string(text);
  size_t cut = max;
  // Back to the start of a UTF-8 character (never inside one).
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return trf("{}…({} bytes)", text.substr(0, cut), local_count(text.size()));
}

namespace {

// toml++'s detail in Danish where it has a form met in practice ("expected
// day between 1 and 28 (inclusive), saw 30", "expected ']', saw '\n'"); else
// as toml++ wrote it. English is toml++'s own.
std::string toml_detail(std::string_view detail) {
  std::string d(detail);
  if (language() == Language::en) return d;
  static constexpr std::pair<std::string_view, const char*> kWhole[] = {
      {"Encountered invalid utf-8 sequence", N_("invalid UTF-8 sequence")},
      {"Encountered EOF during incomplete utf-8 code point sequence",
       N_("the file ends inside a UTF-8 character")},
      {"encountered end-of-file", N_("the file ends too early")}};
  for (auto [en, msgid] : kWhole)
    if (d == en) return tr(msgid);
  static constexpr std::pair<std::string_view, const char*> kUnits[] = {{"day", N_("a day")},
                                                                        {"month", N_("a month")},
                                                                        {"hour", N_("an hour")},
                                                                        {"minute", N_("a minute")},
                                                                        {"second", N_("a second")}};
  static const std::regex between(
      R"(expected (\w+) between (\d+) (?:and|to) (\d+) \(inclusive\), saw (.*))");
  std::smatch m;
  if (std::regex_match(d, m, between)) {
    for (auto [unit, msgid] : kUnits)
      if (m[1].str() == unit)
        return trf("expected {} from {} to {}, saw {}", tr(msgid), m[2].str(), m[3].str(),
                   m[4].str());
    return d;
  }
  // "expected X, saw Y" where X is a character ('=', ']') or a known phrase.
  static constexpr std::pair<std::string_view, const char*> kExpected[] = {
      {"a comment or whitespace", N_("a comment or whitespace")},
      {"value", N_("a value")},
      {"decimal digit", N_("a digit")},
      {"digit", N_("a digit")}};
  static const std::regex expected(R"(expected (.*), saw (.*))");
  if (!std::regex_match(d, m, expected)) return d;
  std::string what = m[1].str();
  if (what.size() >= 3 && what.front() == '\'' && what.back() == '\'')
    return trf("expected {}, saw {}", what, m[2].str());
  for (auto [en, msgid] : kExpected)
    if (what == en) return trf("expected {}, saw {}", tr(msgid), m[2].str());
  return d;
}

}  // namespace

std::string toml_syntax_message(std::string_view description) {
  if (description.find("unescaped control characters") != std::string_view::npos) {
    return tr(
        "string not closed before the end of the line: end it with a quote, or write a "
        "string of several lines between triple quotes (\"\"\" or ''')");
  }
  // toml++ writes "Error while parsing date: expected ..."; say "invalid date: expected ...".
  constexpr std::string_view prefix = "Error while parsing ";
  if (description.starts_with(prefix)) {
    std::string_view rest = description.substr(prefix.size());
    // The kind of value in the reader's language; toml++'s detail after it
    // stays as toml++ wrote it.
    static constexpr std::pair<std::string_view, const char*> kKinds[] = {
        {"date", N_("invalid date: {}")},
        {"time", N_("invalid time: {}")},
        {"date-time", N_("invalid date-time: {}")},
        {"string", N_("invalid string: {}")},
        {"integer", N_("invalid integer: {}")},
        {"boolean", N_("invalid boolean: {}")},
        {"array", N_("invalid array: {}")},
        {"table", N_("invalid table: {}")},
        {"table header", N_("invalid table header: {}")},
        {"key-value pair", N_("invalid key-value pair: {}")}};
    size_t colon = rest.find(": ");
    for (auto [kind, msgid] : kKinds) {
      if (colon != std::string_view::npos && rest.substr(0, colon) == kind)
        return fmt::format(fmt::runtime(tr(msgid)), toml_detail(rest.substr(colon + 2)));
    }
    return trf("invalid {}", rest);
  }
  return toml_detail(description);
}

std::string SourcePos::str() const {
  return fmt::format("{}:{}:{}", file, line, column);
}

}  // namespace nytte
