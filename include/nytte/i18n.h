// The language people read nytte's output in (docs/i18n.md): English, or
// Danish from GNU gettext's catalogue (po/da/*.po, installed as
// share/locale/da/LC_MESSAGES/nytte.mo). Only text for people is
// translated: JSON, JSONL and CSV keys, codes and values are the same in
// every language, so a script's output does not depend on its locale.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace nytte {

enum class Language : uint8_t { en, da };

// "da", "da_DK", "da_DK.UTF-8", "en", "en_GB.UTF-8", ... -> the language;
// nullopt for a language nytte has no catalogue of (and for "C", "POSIX").
std::optional<Language> parse_language(std::string_view locale);

// The language the environment asks for, read as gettext reads it: the
// first set and non-empty of LC_ALL, LC_MESSAGES and LANG is the locale;
// when that locale is not C or POSIX, LANGUAGE (a colon-separated list of
// preferences) goes before it. The first entry nytte knows decides; English
// when none does. The arguments are the variables' values (null: unset).
Language language_from_environment(const char* lc_all, const char* lc_messages, const char* lang,
                                   const char* language);
Language language_from_environment();  // this process's environment

// The value of the long option `name` on a command line not yet parsed:
// `--lang da` or `--lang=da`, the last given before a `--` ("" when it ends
// the line); nullopt when not given. main() finds --lang with it before it
// builds the command line, whose --help texts are made in the language.
std::optional<std::string_view> find_option(int argc, const char* const* argv,
                                            std::string_view name);

// Makes `l` the language of every text from now on, binding the catalogue
// for Danish. Called once, by main, before any text is made.
void set_language(Language l);
Language language();
// Whether text for people is Danish now: what the writers of text ask.
inline bool danish() {
  return language() == Language::da;
}

// The text in the current language: the catalogue's translation of `msgid`
// in Danish, `msgid` itself in English (or when the catalogue lacks it).
// Every string passed is a literal, so that xgettext finds it
// (po/README.md); the pointer returned lives as long as the process.
const char* tr(const char* msgid);
// The form of `one`/`many` a count of n wants, in the current language.
const char* tr_plural(const char* one, const char* many, uint64_t n);

// A translated fmt format string, formatted: trf("{} of {} weeks", a, b).
// The translation must keep the msgid's placeholders (tests/tools/check_po.py).
template <class... Args>
std::string trf(const char* msgid, Args&&... args) {
  return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}
template <class... Args>
std::string trf_plural(const char* one, const char* many, uint64_t n, Args&&... args) {
  return fmt::format(fmt::runtime(tr_plural(one, many, n)), std::forward<Args>(args)...);
}

// Marks a literal for the catalogue where it is stored (a table of titles)
// and translated later with tr().
constexpr const char* N_(const char* msgid) {
  return msgid;
}

}  // namespace nytte
