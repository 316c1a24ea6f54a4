// The words of a report: in the current language where people read it
// (text, Markdown, HTML), in English where a program does (JSON, CSV), so
// that the machine formats are the same in every language (docs/report.md).
// The layout and the writers say every text through it. Internal to
// lib/report.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "base/codes.h"
#include "base/date.h"
#include "model/rules.h"
#include "nytte/i18n.h"

namespace nytte::reporting {

struct Words {
  // The current language (nytte/i18n.h); false: English whatever the
  // locale. English reads the same either way.
  bool local = false;

  bool danish() const { return local && language() == Language::da; }
  // tr(), trf() and plural() of nytte/i18n.h and base/plural.h, in English
  // when not local; literals only, as there (xgettext finds them).
  const char* tr(const char* msgid) const { return local ? nytte::tr(msgid) : msgid; }
  template <class... Args>
  std::string trf(const char* msgid, Args&&... args) const {
    return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
  }
  template <class... Args>
  std::string trf_plural(const char* one, const char* many, uint64_t n, Args&&... args) const {
    const char* f = local ? nytte::tr_plural(one, many, n) : (n == 1 ? one : many);
    return fmt::format(fmt::runtime(f), std::forward<Args>(args)...);
  }
  std::string_view plural_noun(uint64_t n, const char* one, const char* many) const;
  // A count and a date in the words' language: "1506" / "1.506",
  // "2025-09-01" / "1. september 2025".
  std::string count(uint64_t n) const;
  std::string date(Date d) const;
  // A rule (target group, track, exemption, offer) as a person reads it:
  // its title in Danish, its id in English, as the report has always
  // shown it (the id where the rule has no title).
  std::string name(const RuleHeader& h) const;
  // A code of a code list (benefit, category, sex, offer kind): its Danish
  // name in Danish, the code in English.
  std::string code(const CodeList& list, std::string_view code) const;
};

}  // namespace nytte::reporting
