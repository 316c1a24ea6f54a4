#include "base/codes.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace nytte {
namespace {

constexpr std::array<std::string_view, 7> kBenefits = {"kontanthjaelp",
                                                       "uddannelseshjaelp",
                                                       "selvforsoergelsesydelse",
                                                       "hjemrejseydelse",
                                                       "overgangsydelse",
                                                       "su",
                                                       "ingen"};
constexpr std::array<std::string_view, 4> kCategories = {
    "jobparat", "aktivitetsparat", "uddannelsesparat", "aabenlyst_uddannelsesparat"};
constexpr std::array<std::string_view, 2> kSexes = {"F", "M"};
constexpr std::array<std::string_view, 4> kDanishTests = {"PD1", "PD2", "PD3", "studieproeven"};
constexpr std::array<std::string_view, 11> kOfferKinds = {
    "smaajob", "praktik",     "loentilskud", "igu",    "nytteindsats", "dansk",
    "sundhed", "jobsoegning", "mentor",      "kursus", "uddannelse"};

// Their Danish names, in the same order: what a caseworker reads where the
// data has a code (the interview's choices, the letter, Danish text).
constexpr std::array<std::string_view, 7> kBenefitTitles = {
    "kontanthjælp",    "uddannelseshjælp", "selvforsørgelsesydelse",
    "hjemrejseydelse", "overgangsydelse",  "SU (Statens Uddannelsesstøtte)",
    "ingen ydelse"};
constexpr std::array<std::string_view, 4> kCategoryTitles = {
    "jobparat", "aktivitetsparat", "uddannelsesparat", "åbenlyst uddannelsesparat"};
constexpr std::array<std::string_view, 2> kSexTitles = {"kvinde", "mand"};
constexpr std::array<std::string_view, 4> kDanishTestTitles = {"Prøve i Dansk 1", "Prøve i Dansk 2",
                                                               "Prøve i Dansk 3", "Studieprøven"};
constexpr std::array<std::string_view, 11> kOfferKindTitles = {
    "småjob",          "virksomhedspraktik",
    "løntilskud",      "IGU (integrationsgrunduddannelse)",
    "nytteindsats",    "danskundervisning",
    "sundhedsindsats", "jobsøgning",
    "mentor",          "kursus",
    "uddannelse"};

struct Municipality {
  std::string_view code;
  std::string_view name;
};
// The municipalities the seeds name (domain.md), with their kommunekoder.
constexpr std::array<Municipality, 20> kMunicipalities = {{
    {"101", "København"},  {"183", "Ishøj"},    {"187", "Vallensbæk"},
    {"253", "Greve"},      {"265", "Roskilde"}, {"306", "Odsherred"},
    {"316", "Holbæk"},     {"320", "Faxe"},     {"480", "Nordfyns"},
    {"615", "Horsens"},    {"630", "Vejle"},    {"652", "Holstebro"},
    {"671", "Struer"},     {"751", "Aarhus"},   {"760", "Ringkøbing-Skjern"},
    {"766", "Hedensted"},  {"787", "Thisted"},  {"813", "Frederikshavn"},
    {"849", "Jammerbugt"}, {"851", "Aalborg"},
}};

}  // namespace

const CodeList& benefit_codes() {
  static const CodeList list{"benefit", kBenefits, kBenefitTitles};
  return list;
}
const CodeList& category_codes() {
  static const CodeList list{"category", kCategories, kCategoryTitles};
  return list;
}
const CodeList& sex_codes() {
  static const CodeList list{"sex", kSexes, kSexTitles};
  return list;
}
const CodeList& danish_test_codes() {
  static const CodeList list{"Danish test", kDanishTests, kDanishTestTitles};
  return list;
}
const CodeList& offer_kind_codes() {
  static const CodeList list{"offer kind", kOfferKinds, kOfferKindTitles};
  return list;
}

std::string fold_danish(std::string_view text, bool keep_case) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && i + 1 < text.size()) {
      unsigned char n = static_cast<unsigned char>(text[i + 1]);
      std::string_view rep;
      switch (n) {
        case 0xA6:
          rep = "ae";
          break;  // æ
        case 0xB8:
          rep = "oe";
          break;  // ø
        case 0xA5:
          rep = "aa";
          break;  // å
        case 0x86:
          rep = keep_case ? "AE" : "ae";
          break;  // Æ
        case 0x98:
          rep = keep_case ? "OE" : "oe";
          break;  // Ø
        case 0x85:
          rep = keep_case ? "AA" : "aa";
          break;  // Å
        default:
          break;
      }
      if (!rep.empty()) {
        out += rep;
        ++i;
        continue;
      }
    }
    out += keep_case ? static_cast<char>(c) : static_cast<char>(std::tolower(c));
  }
  return out;
}

std::string_view code_title(const CodeList& list, std::string_view code) {
  for (size_t i = 0; i < list.codes.size(); ++i)
    if (list.codes[i] == code) return list.titles[i];
  return code;
}

std::optional<size_t> find_code(const CodeList& list, std::string_view text) {
  for (size_t i = 0; i < list.codes.size(); ++i) {
    if (list.codes[i] == text) return i;
  }
  std::string folded = fold_danish(text);
  for (size_t i = 0; i < list.codes.size(); ++i) {
    if (fold_danish(list.codes[i]) == folded) return i;
  }
  return std::nullopt;
}

std::string_view benefit_code(Benefit b) {
  return code_name(benefit_codes(), b);
}
std::string_view category_code(Category c) {
  return code_name(category_codes(), c);
}
std::string_view sex_code(Sex s) {
  return code_name(sex_codes(), s);
}
std::string_view danish_test_code(DanishTest t) {
  if (t == DanishTest::none) return "none";
  return kDanishTests[static_cast<size_t>(t) - 1];
}

std::optional<std::string> municipality_code(std::string_view code_or_name) {
  if (code_or_name.size() == 3 && std::all_of(code_or_name.begin(), code_or_name.end(),
                                              [](char c) { return c >= '0' && c <= '9'; })) {
    return std::string(code_or_name);
  }
  std::string folded = fold_danish(code_or_name);
  for (const Municipality& m : kMunicipalities) {
    if (fold_danish(m.name) == folded) return std::string(m.code);
  }
  if (folded == "kobenhavn" || folded == "copenhagen") return std::string("101");
  return std::nullopt;
}

std::string_view municipality_name(std::string_view code) {
  for (const Municipality& m : kMunicipalities) {
    if (m.code == code) return m.name;
  }
  return "";
}

}  // namespace nytte
