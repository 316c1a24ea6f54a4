#include "report/package_key.h"

#include <cstdint>
#include <optional>

#include "condition/condition.h"

namespace nytte {
namespace {

template <class T>
void put(std::string& key, const T& v) {
  key.append(reinterpret_cast<const char*>(&v), sizeof v);
}

}  // namespace

void package_key(const RuleSet& rules, const Citizen& c, const Decision& d, Date start,
                 std::string& key) {
  key.clear();
  auto hours = [&](const std::optional<double>& h) {
    put(key, h.has_value());
    put(key, h.value_or(0));
  };
  put(key, d.track ? static_cast<int64_t>(d.track - rules.tracks.data()) : int64_t{-1});
  hours(d.required_weekly_hours);
  hours(d.max_weekly_hours);
  put(key, d.hours_stated);
  hours(c.ordinary_hours);
  put(key, start.days);
  put(key, d.on.days);
  EvalContext ctx{c, d.on};
  for (const Offer& o : rules.offers)
    if (o.who) put(key, static_cast<uint8_t>(eval_condition(*o.who, ctx)));
  if (c.unavailable) {
    for (const UnavailableBlock& b : *c.unavailable) {
      put(key, static_cast<uint8_t>(b.day));
      put(key, static_cast<int16_t>(b.from.minutes));
      put(key, static_cast<int16_t>(b.to.minutes));
    }
  }
}

}  // namespace nytte
