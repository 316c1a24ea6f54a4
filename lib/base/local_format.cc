#include "base/local_format.h"

#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "nytte/i18n.h"

namespace nytte {
namespace {

// Puts a point between each group of three digits of `digits` (an optional
// '-' then digits), from the right, when it has more than three.
std::string group_thousands(std::string digits) {
  size_t first = digits.empty() || digits[0] != '-' ? 0 : 1;
  if (digits.size() - first <= 3) return digits;
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  out.append(digits, 0, first);
  size_t n = digits.size() - first;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back('.');
    out.push_back(digits[first + i]);
  }
  return out;
}

// "1234.50" (as fmt writes it) in Danish: "1.234,50".
std::string danish_decimal(std::string_view english) {
  size_t dot = english.find('.');
  std::string whole = group_thousands(std::string(english.substr(0, dot)));
  if (dot == std::string_view::npos) return whole;
  return whole + ',' + std::string(english.substr(dot + 1));
}

}  // namespace

std::string local_int(int64_t n) {
  std::string s = fmt::format("{}", n);
  return danish() ? group_thousands(std::move(s)) : s;
}

std::string local_count(uint64_t n) {
  std::string s = fmt::format("{}", n);
  return danish() ? group_thousands(std::move(s)) : s;
}

std::string local_fixed(double x, int decimals) {
  std::string s = fmt::format("{:.{}f}", x, decimals);
  if (s == "-0" || s.rfind("-0.", 0) == 0) {
    // -0.04 rounded to one decimal is "-0.0": no sign on a zero.
    if (s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  }
  return danish() ? danish_decimal(s) : s;
}

std::string local_number(double x, int max_decimals) {
  double scale = std::pow(10.0, max_decimals);
  double rounded = std::round(x * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  std::string s = fmt::format("{}", rounded);
  return danish() ? danish_decimal(s) : s;
}

std::string local_percent(double percent, int decimals) {
  std::string n = local_fixed(percent, decimals);
  return danish() ? n + " %" : n + "%";
}

const char* local_month_name(int month) {
  static constexpr const char* kMonths[] = {N_("January"), N_("February"), N_("March"),
                                            N_("April"),   N_("May"),      N_("June"),
                                            N_("July"),    N_("August"),   N_("September"),
                                            N_("October"), N_("November"), N_("December")};
  if (month < 1 || month > 12) return "";
  return tr(kMonths[month - 1]);
}

std::string local_date(Date d) {
  YearMonthDay ymd = d.ymd();
  if (!danish()) return fmt::format("{:04}-{:02}-{:02}", ymd.year, ymd.month, ymd.day);
  return fmt::format("{}. {} {}", ymd.day, local_month_name(ymd.month), ymd.year);
}

}  // namespace nytte
