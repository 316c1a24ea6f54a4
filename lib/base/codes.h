// The field's code lists (domain.md, glossary). Input may use the Danish
// spelling with æ, ø and å; output always uses the canonical ASCII code.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace nytte {

enum class Benefit : uint8_t {
  kontanthjaelp,
  uddannelseshjaelp,
  selvforsoergelsesydelse,
  hjemrejseydelse,
  overgangsydelse,
  su,
  ingen,
};

enum class Category : uint8_t {
  jobparat,
  aktivitetsparat,
  uddannelsesparat,
  aabenlyst_uddannelsesparat,
};

enum class Sex : uint8_t { F, M };

// Danish tests in rising order; `none` is "no test passed".
enum class DanishTest : uint8_t { none = 0, PD1, PD2, PD3, studieproeven };

// One code list: its name (for messages), its canonical codes in order, and
// their Danish names in the same order ("kontanthjælp" for "kontanthjaelp"),
// which are the same in every language: they are the benefits' own names.
struct CodeList {
  std::string_view name;  // e.g. "benefit"
  std::span<const std::string_view> codes;
  std::span<const std::string_view> titles;
};

const CodeList& benefit_codes();
const CodeList& category_codes();
const CodeList& sex_codes();
const CodeList& danish_test_codes();  // PD1, PD2, PD3, studieproeven (not "none")
const CodeList& offer_kind_codes();   // smaajob, praktik, loentilskud, ...

// Replaces æ/ø/å (and Æ/Ø/Å) by ae/oe/aa and lowercases ASCII letters, so
// "Kontanthjælp" and "kontanthjaelp" compare equal. Case is kept when
// `keep_case` (CPR-like codes such as "PD1" are upper case).
std::string fold_danish(std::string_view text, bool keep_case = false);

// The Danish name of a canonical code of `list`; the code itself when it is
// not one of the list's.
std::string_view code_title(const CodeList& list, std::string_view code);

// Index of `text` in `list`, accepting Danish spellings; nullopt if unknown.
std::optional<size_t> find_code(const CodeList& list, std::string_view text);

template <class Enum>
std::string_view code_name(const CodeList& list, Enum e) {
  return list.codes[static_cast<size_t>(e)];
}
std::string_view benefit_code(Benefit b);
std::string_view category_code(Category c);
std::string_view sex_code(Sex s);
std::string_view danish_test_code(DanishTest t);  // "none" for none

// Municipalities named in the seeds: kommunekode <-> name. A code of three
// digits is accepted as it is; a known name maps to its code.
std::optional<std::string> municipality_code(std::string_view code_or_name);
std::string_view municipality_name(std::string_view code);  // "" if unknown

}  // namespace nytte
