// The values a condition read, as people read them and as JSON: each type,
// missing or not, and the same JSON whichever buffer it is written to.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "../source_files.h"
#include "format/decision_format.h"
#include "format/decision_parts.h"
#include "load/citizen_reader.h"
#include "load/rules.h"

namespace nytte {
namespace {

using test::files_in;

Observed value(Type t) {
  Observed o;
  o.type = t;
  o.known = true;
  return o;
}

// The JSON of `o` written each way: to a std::string, to a ByteBuffer and
// through a JsonWriter; all three must agree.
std::string json_of(const Observed& o) {
  std::string s;
  append_observed_json(s, o);
  ByteBuffer b;
  append_observed_json(b, o);
  std::string w;
  JsonWriter writer(w);
  write_observed_json(o, writer);
  CHECK(s == b.view());
  CHECK(s == w);
  return s;
}

}  // namespace

TEST_CASE("observed values: text and JSON of each type") {
  Observed missing;
  CHECK(observed_text(missing) == "missing");
  CHECK(json_of(missing) == "null");

  Observed yes = value(Type::boolean);
  yes.boolean = true;
  CHECK(observed_text(yes) == "true");
  CHECK(json_of(yes) == "true");
  CHECK(json_of(value(Type::boolean)) == "false");

  Observed n = value(Type::number);
  n.number = 2.5;
  CHECK(observed_text(n) == "2.5");
  CHECK(json_of(n) == "2.5");
  n.number = 123456.25;
  CHECK(observed_text(n) == "123456.25");
  CHECK(json_of(n) == "123456.25");

  Observed s = value(Type::string);
  s.text = "a \"quoted\" one";
  CHECK(observed_text(s) == "a \"quoted\" one");
  CHECK(json_of(s) == R"("a \"quoted\" one")");

  Observed d = value(Type::date);
  d.date = *Date::parse("2025-09-01");
  CHECK(observed_text(d) == "2025-09-01");
  CHECK(json_of(d) == R"("2025-09-01")");

  Observed list = value(Type::string_list);
  CHECK(observed_text(list) == "(none)");
  CHECK(json_of(list) == "[]");
  list.list = {"PD1", "back\\slash"};
  CHECK(observed_text(list) == "PD1, back\\slash");
  CHECK(json_of(list) == R"(["PD1","back\\slash"])");

  // A table rendered as text (benefit_history): written as its text.
  Observed table = value(Type::string_list);
  table.text = "kontanthjaelp 2024-01-01-";
  CHECK(observed_text(table) == "kontanthjaelp 2024-01-01-");
  CHECK(json_of(table) == R"("kontanthjaelp 2024-01-01-")");
}

TEST_CASE("conditions: the typed evaluation decides as the explanation tree does") {
  // eval_condition() takes the register-returning path (test/num); explain()
  // walks the general evaluator: every rule's condition, every example and
  // test citizen, several dates, must agree (and a known result names no
  // missing field).
  std::vector<std::string> people = test::all_test_citizens();
  size_t compared = 0, observed = 0;
  for (const std::string& rules_file : files_in("/rules", ".toml")) {
    RuleSet rules = load_rules_file(rules_file);
    LoadResult loaded = load_citizens(people, rules.schema);
    std::vector<const CompiledExpr*> conditions;
    for (const TargetGroup& g : rules.target_groups) conditions.push_back(&g.when);
    for (const Exemption& e : rules.exemptions) conditions.push_back(&e.when);
    for (const Track& t : rules.tracks) {
      if (t.propose) conditions.push_back(&*t.propose);
    }
    for (const char* on : {"2022-01-01", "2025-03-01", "2025-09-01", "2030-01-01"}) {
      for (const Citizen& c : loaded.citizens) {
        EvalContext ctx{c, *Date::parse(on)};
        for (const CompiledExpr* e : conditions) {
          std::vector<std::string_view> missing;
          Tri t = eval_condition(*e, ctx, &missing);
          ExplainNode tree = explain(*e, ctx);
          CAPTURE(rules_file);
          CAPTURE(e->text);
          CAPTURE(c.id);
          REQUIRE((t != Tri::unknown) == tree.value.known);
          if (t != Tri::unknown) {
            CHECK((t == Tri::yes) == tree.value.boolean);
            CHECK(missing.empty());
          } else {
            CHECK_FALSE(missing.empty());
          }
          // The values observe() gives are those of the tree's nodes of the
          // same text (fields and calls), found the general way.
          std::map<std::string, std::string> in_tree;
          std::vector<const ExplainNode*> todo{&tree};
          while (!todo.empty()) {
            const ExplainNode* node = todo.back();
            todo.pop_back();
            in_tree.emplace(node->text, observed_text(node->value));
            for (const ExplainNode& child : node->children) todo.push_back(&child);
          }
          std::vector<Observed> seen;
          observe(*e, ctx, seen);
          for (const Observed& o : seen) {
            auto it = in_tree.find(std::string(o.name));
            if (it == in_tree.end()) continue;  // inside has(): not evaluated in the tree
            CAPTURE(o.name);
            CHECK(observed_text(o) == it->second);
            ++observed;
          }
          ++compared;
        }
      }
    }
  }
  CHECK(compared > 3000);
  CHECK(observed > 5000);
}

}  // namespace nytte
