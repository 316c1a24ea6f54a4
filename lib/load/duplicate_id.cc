#include "load/duplicate_id.h"

#include <fmt/format.h>

namespace nytte {

std::string duplicate_id_message(std::string_view id, DuplicateOf of) {
  std::string shown = of == DuplicateOf::hours_record ? std::string(id) : excerpt(id);
  std::string_view earlier =
      of == DuplicateOf::record         ? ": an earlier record has the same id (ids must be unique "
                                          "within an input)"
      : of == DuplicateOf::hours_record ? ": an earlier record has the same id"
                                        : "";
  std::string_view skipped = of == DuplicateOf::plan ? "plan" : "record";
  return fmt::format("duplicate id '{}'{}; this {} was skipped", shown, earlier, skipped);
}

Diagnostic duplicate_id_error(const SourcePos& at, std::string_view id) {
  return Diagnostic{Severity::error, at, duplicate_id_message(id, DuplicateOf::record),
                    std::string(kDuplicateIdCode)};
}

}  // namespace nytte
