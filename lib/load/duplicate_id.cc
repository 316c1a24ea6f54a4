#include "load/duplicate_id.h"

#include "nytte/i18n.h"

namespace nytte {

std::string duplicate_id_message(std::string_view id, DuplicateOf of) {
  std::string shown = of == DuplicateOf::hours_record ? std::string(id) : excerpt(id);
  // Whole sentences, so that a translation can order them its own way.
  switch (of) {
    case DuplicateOf::record:
      return trf(
          "duplicate id '{}': an earlier record has the same id (ids must be unique within an "
          "input); this record was skipped",
          shown);
    case DuplicateOf::hours_record:
      return trf("duplicate id '{}': an earlier record has the same id; this record was skipped",
                 shown);
    case DuplicateOf::plan:
      break;
  }
  return trf("duplicate id '{}'; this plan was skipped", shown);
}

Diagnostic duplicate_id_error(const SourcePos& at, std::string_view id) {
  return Diagnostic{Severity::error, at, duplicate_id_message(id, DuplicateOf::record),
                    std::string(kDuplicateIdCode)};
}

}  // namespace nytte
