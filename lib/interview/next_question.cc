#include "interview/next_question.h"

namespace nytte::interview {

bool askable(Field f) {
  switch (f) {
    case Field::id:
    case Field::cpr:
    case Field::unavailable:
    case Field::assigned_track:
    case Field::count_:
      return false;
    default:
      return true;
  }
}

UnaskedFields unasked_in(const Citizen& c, const Schema& schema) {
  UnaskedFields u;
  for (size_t i = 0; i < kBuiltinFieldCount; ++i) {
    auto f = static_cast<Field>(i);
    if (askable(f) && !c.has(f)) u.set(f, true);
  }
  u.declared.resize(schema.fields.size());
  for (size_t i = 0; i < schema.fields.size(); ++i) {
    u.declared[i] = i >= c.extra.size() || !c.extra[i].known;
  }
  return u;
}

std::optional<FieldRef> next_field(const Decision& d, const UnaskedFields& unasked,
                                   const Schema& schema) {
  // Every reason left unknown: a target group undecided could still be met,
  // an exemption, a track's proposal or the hours could still change.
  for (const Reason& r : d.reasons) {
    if (r.held != Tri::unknown) continue;
    for (std::string_view name : r.missing) {
      std::optional<FieldRef> f = citizen_fields::find_any_field(name, schema);
      if (!f) continue;
      if (f->builtin ? unasked.field(*f->builtin) : unasked.declared_field(f->declared)) return f;
    }
  }
  return std::nullopt;
}

}  // namespace nytte::interview
