// For the unit tests that check a text in Danish: sets the language for one
// test case and puts English back after it, however the case ends.
#pragma once

#include "nytte/i18n.h"

namespace nytte {

struct InLanguage {
  explicit InLanguage(Language l) { set_language(l); }
  ~InLanguage() { set_language(Language::en); }
  InLanguage(const InLanguage&) = delete;
  InLanguage& operator=(const InLanguage&) = delete;
};

}  // namespace nytte
