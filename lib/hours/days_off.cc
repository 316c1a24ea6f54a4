#include "hours/days_off.h"

namespace nytte {

DaysOff::DaysOff(const std::vector<ClosingDay>& closing, Date from, Date to) : closing_(closing) {
  fill(from.plus_days(-6).year(), to.plus_days(6).year() + 1);
}

void DaysOff::fill(int first_year, int end_year) {
  Date from = Date::from_ymd(first_year, 1, 1);
  Date to = Date::from_ymd(end_year, 1, 1);
  first_ = from.days;
  length_ = to.days - from.days;
  index_.assign(static_cast<size_t>(length_), -1);
  days_.clear();
  for (int y = first_year; y < end_year; ++y) {
    for (NamedDay& n : days_off(y, closing_)) {
      index_[static_cast<size_t>(n.date.days - first_)] = static_cast<int16_t>(days_.size());
      days_.push_back(std::move(n));
    }
  }
}

}  // namespace nytte
