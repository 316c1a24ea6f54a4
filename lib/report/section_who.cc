// The "who they are" section: the covered people by category, sex, age band,
// benefit, municipality and each --by field.
#include "report/sections.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/codes.h"
#include "report/breakdown.h"

namespace nytte::reporting {

namespace {

// A row's label: the value, its Danish name in Danish for the codes of a
// code list and the age bands, the municipality's name beside its code.
std::string row_title(const Words& w, size_t dim, const std::string& k) {
  if (k == kMissing) return w.tr(kMissing.data());
  switch (dim) {
    case 0:
      return w.code(category_codes(), k);
    case 1:
      return w.code(sex_codes(), k);
    case 2:
      // "under 18", "68 and over", "unknown"; the catalogue has no "18-29".
      return w.tr(k.c_str());
    case 3:
      return w.code(benefit_codes(), k);
    case 4: {
      std::string_view name = municipality_name(k);
      return name.empty() ? k : fmt::format("{} {}", k, name);
    }
    default:
      return k;
  }
}

}  // namespace

ReportSection who_section(Layout& L) {
  const ReportTally& tally = L.tally;
  ReportSection s;
  s.id = "who";
  const Words& w = L.w;
  s.title = w.tr("Who they are (covered people)");
  s.intro = w.tr(
      "The covered people by category, sex, age band on the date, benefit and municipality "
      "(kommunekode), and by each field asked for with --by.");
  std::vector<std::string> dims(std::begin(kWhoDims), std::end(kWhoDims));
  for (const std::string& b : L.o.by) dims.push_back(b);
  const char* titles[] = {N_("Category"), N_("Sex"), N_("Age band"), N_("Benefit"),
                          N_("Municipality")};
  for (size_t dim = 0; dim < dims.size(); ++dim) {
    std::map<std::string, std::vector<uint64_t>> rows;
    for (size_t di = 0; di < tally.dates.size(); ++di) {
      if (dim >= tally.dates[di].who.size()) continue;
      for (const auto& [k, n] : tally.dates[di].who[dim]) {
        auto& v = rows[k];
        v.resize(tally.dates.size(), 0);
        v[di] = n;
      }
    }
    std::vector<CountRow> list;
    for (auto& [k, n] : rows) list.push_back({k, row_title(w, dim, k), n, ""});
    // Numbers in numeric order; "(missing)" last.
    auto as_number = [](const std::string& k) -> std::optional<double> {
      char* end = nullptr;
      double v = std::strtod(k.c_str(), &end);
      if (k.empty() || end != k.c_str() + k.size()) return std::nullopt;
      return v;
    };
    bool all_numbers = std::all_of(list.begin(), list.end(), [&](const CountRow& r) {
      return r.key == kMissing || as_number(r.key).has_value();
    });
    std::stable_sort(list.begin(), list.end(), [&](const CountRow& a, const CountRow& b) {
      bool am = a.key == kMissing, bm = b.key == kMissing;
      if (am != bm) return bm;
      if (all_numbers && !am) return *as_number(a.key) < *as_number(b.key);
      return false;
    });
    if (dim == 2) {  // age bands in age order, not text order
      auto rank = [](const std::string& k) {
        if (k == "under 18") return 0;
        if (k == "68 and over") return 9;
        if (k == "unknown") return 10;
        return 1 + (k[0] - '0');
      };
      std::stable_sort(list.begin(), list.end(), [&](const CountRow& a, const CountRow& b) {
        return rank(a.key) < rank(b.key);
      });
    }
    bool fixed = dim < kFixedDims;
    s.tables.push_back(count_table(L, fixed ? dims[dim] : "by_" + dims[dim],
                                   fixed ? w.tr(titles[dim]) : w.trf("By {}", dims[dim]),
                                   fixed ? w.tr(titles[dim]) : dims[dim], w.tr("share of covered"),
                                   list, covered_counts(tally), true, true, "covered"));
  }
  s.chart_table = 0;
  return s;
}

}  // namespace nytte::reporting
