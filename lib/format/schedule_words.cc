// The schedule's words in the reader's language (format/schedule_words.h).
#include "format/schedule_words.h"

#include <fmt/format.h>

#include "base/codes.h"
#include "base/duration.h"
#include "base/local_format.h"
#include "base/plural.h"
#include "nytte/i18n.h"

namespace nytte {

const char* weekday_name(Weekday d) {
  static constexpr const char* kNames[] = {N_("Monday"),   N_("Tuesday"), N_("Wednesday"),
                                           N_("Thursday"), N_("Friday"),  N_("Saturday"),
                                           N_("Sunday")};
  return tr(kNames[static_cast<int>(d)]);
}

const char* weekday_short(Weekday d) {
  static constexpr const char* kCodes[] = {N_("mon"), N_("tue"), N_("wed"), N_("thu"),
                                           N_("fri"), N_("sat"), N_("sun")};
  return tr(kCodes[static_cast<int>(d)]);
}

std::string duration_text(int64_t minutes) {
  if (!danish()) return format_minutes(minutes);
  // "1 time", "12 timer", "7,5 timer": the hours as a Danish plan states them.
  return fmt::format("{} {}", local_number(minutes_to_hours(minutes)),
                     plural_noun(minutes == 60 ? 1 : 2, "hour", "hours"));
}

std::string duration_cell(int64_t minutes) {
  return danish() ? local_number(minutes_to_hours(minutes)) : format_minutes(minutes);
}

std::string week_label(IsoWeek w, int year) {
  if (!danish()) return fmt::format("{}-W{:02d}", w.year, w.week);
  return w.year == year ? trf("week {}", w.week) : trf("week {} {}", w.week, w.year);
}

std::string_view rule_name(const RuleHeader& h) {
  return danish() && !h.title.empty() ? std::string_view(h.title) : std::string_view(h.id);
}

std::string_view offer_kind_name(std::string_view kind) {
  return danish() ? code_title(offer_kind_codes(), kind) : kind;
}

std::string_view sector_name(std::string_view sector) {
  if (sector == "private") return tr("private");
  if (sector == "municipal") return tr("municipal");
  return sector;
}

}  // namespace nytte
