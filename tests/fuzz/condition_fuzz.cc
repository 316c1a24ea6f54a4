// Conditions: any bytes compiled as an expression of the condition language
// (lib/condition/condition.h), boolean or number as the first byte says, against a
// schema with a declared field of every type. One that compiles is evaluated,
// observed, explained and written as JSON for a few people on two dates; one
// that does not is an Error at a line and column inside the text. The schema
// is the national rule set's (its constants, so that every condition of the
// shipped rule files compiles) with the fuzz schema's declared fields.
#include "format/decision_format.h"
#include "format/output.h"
#include "fuzz_support.h"
#include "load/rules.h"
#include "people.h"

namespace {

size_t explain_size(const nytte::ExplainNode& n) {
  size_t size = 1;
  for (const nytte::ExplainNode& c : n.children) size += explain_size(c);
  return size;
}

void observed_json(nytte::ByteBuffer& out, const nytte::Observed& o) {
  std::string s;
  nytte::append_observed_json(s, o);
  out.append(s.data(), s.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace nytte;
  if (size < 1) return 0;
  Type type = data[0] % 2 == 0 ? Type::boolean : Type::number;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  static const Schema schema = [] {
    Schema s = load_builtin_rules().schema;
    const Schema& rich = fuzz::rich_schema();
    s.fields.insert(s.fields.end(), rich.fields.begin(), rich.fields.end());
    s.constants.insert(s.constants.end(), rich.constants.begin(), rich.constants.end());
    s.exemption_codes.insert(s.exemption_codes.end(), rich.exemption_codes.begin(),
                             rich.exemption_codes.end());
    s.track_ids.insert(s.track_ids.end(), rich.track_ids.begin(), rich.track_ids.end());
    return s;
  }();
  static const std::vector<Citizen> who = fuzz::people(schema);
  CompiledExpr e;
  try {
    e = compile_expression(text, TextOrigin{"fuzz.toml", 3, 13}, schema, type);
  } catch (const Error& err) {
    const SourcePos& p = err.diagnostic().pos;
    if (p.line < 3 || p.line > 3 + fuzz::count_lines(text) || p.column < 1) {
      fuzz::broken("a condition's error outside its text", err.what());
    }
    return 0;
  }
  std::vector<Observed> seen;
  std::vector<std::string> keys;
  for (std::string_view name : observed_names(e)) keys.push_back(fmt::format(",\"{}\":", name));
  for (const Citizen& c : who) {
    for (Date on : {Date::from_ymd(2025, 9, 1), Date::from_ymd(1900, 1, 1)}) {
      EvalContext ctx{c, on};
      std::vector<std::string_view> missing;
      if (type == Type::boolean) {
        eval_condition(e, ctx, &missing);
      } else {
        eval_number(e, ctx, &missing);
      }
      observe(e, ctx, seen);
      if (seen.size() != keys.size()) fuzz::broken("observe() and observed_names() disagree");
      std::string json;
      for (const Observed& o : seen) append_observed_json(json, o);
      ByteBuffer out;
      Observed slot;
      append_observed_json_values(e, ctx, keys, out, slot, observed_json);
      for (size_t i = 0; i < keys.size(); ++i) observed_assumed(e, ctx, i);
      explain_size(explain(e, ctx));
    }
  }
  same_observations(e, e);
  return 0;
}
