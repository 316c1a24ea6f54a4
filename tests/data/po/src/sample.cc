// A fixture for tests/tools/check_po.py --self-test: a use of every
// function whose literals xgettext extracts (po/README.md).
#include <string>

#include "base/plural.h"
#include "nytte/i18n.h"

namespace {

const char* kKinds[] = {N_("course"), N_("internship")};

std::string sample(int n, int weeks) {
  std::string s = tr("Target group");
  s += trf("{} of {} weeks", n, weeks);
  s += tr_plural("one offer", "several offers", n);
  s += trf_plural("{} hour a week", "{} hours a week", n, n);
  s += plural(n, "citizen", "citizens");
  s += plural_noun(n, "record", "records");
  s += tr(kKinds[0]);
  s += fmt::format("{}", "not for the catalogue");
  return s;
}

}  // namespace
