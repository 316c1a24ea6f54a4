// The days off of a rule set's calendar (public holidays and its closing
// days, base/calendar.h), looked up by date. Weekly hours ask for a few days
// of every week of every person, so the years are worked out once a table:
// whoever plans many people holds one table for all of them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/calendar.h"
#include "base/date.h"

namespace nytte {

class DaysOff {
 public:
  // `closing` must outlive the table.
  explicit DaysOff(const std::vector<ClosingDay>& closing) : closing_(closing) {}
  // A table for one person's period: the years of the ISO weeks from the
  // one holding `from` to the one holding `to`, filled at once.
  DaysOff(const std::vector<ClosingDay>& closing, Date from, Date to);

  // The holiday or closing day on `d`, or nullptr on any other day. A date
  // outside the years filled fills the ten years around it instead, so that
  // a table held over a run is filled once.
  const NamedDay* find(Date d) {
    if (d.days < first_ || d.days >= first_ + length_) fill(d.year() - 5, d.year() + 5);
    int16_t k = index_[static_cast<size_t>(d.days - first_)];
    return k < 0 ? nullptr : &days_[static_cast<size_t>(k)];
  }

 private:
  // The years first_year up to (not including) end_year.
  void fill(int first_year, int end_year);

  const std::vector<ClosingDay>& closing_;
  int32_t first_ = 0;           // the first day of the table
  int32_t length_ = 0;          // in days; 0 until filled
  std::vector<int16_t> index_;  // a day -> its entry in days_, or -1
  std::vector<NamedDay> days_;
};

}  // namespace nytte
