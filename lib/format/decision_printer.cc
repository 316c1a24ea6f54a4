// A DecisionPrinter and the state it keeps; its writers are decision_json.cc
// and decision_text.cc.
#include "format/decision_printer_state.h"

namespace nytte {

DecisionPrinter::DecisionPrinter(const DecisionFormat& f, EvalCache* eval)
    : format_(f), state_(std::make_unique<State>()) {
  if (eval) state_->eval = eval;
}
DecisionPrinter::DecisionPrinter(DecisionPrinter&&) noexcept = default;
DecisionPrinter::~DecisionPrinter() = default;

}  // namespace nytte
