// What conditions may name besides the built-in fields: [constants],
// [[field]] (fields a rule set adds to the citizen record) and
// [[exemption_code]] (codes allowed in a citizen's `exemptions`).
#include "load/rules/loader.h"

#include <cmath>
#include <string>
#include <vector>

#include "condition/condition.h"
#include "model/citizen.h"

namespace nytte::rule_loader {

namespace {

void load_constant(RuleFile& rf, const toml::key& key, const toml::node& v, RuleSet& rs) {
  Constant c;
  c.name = std::string(key.str());
  c.value.known = true;
  c.pos = rf.pos_of(key.source().begin);
  if (!valid_id(c.name)) fail(c.pos, tr("constant names must be [a-z0-9_]+"), "bad-id");
  if (find_field(c.name)) {
    fail(c.pos, trf("constant '{}' has the name of a citizen field", c.name), "name-clash");
  }
  if (auto b = v.as_boolean()) {
    c.value.type = Type::boolean, c.value.boolean = b->get();
  } else if (auto i = v.as_integer()) {
    c.value.type = Type::number, c.value.number = static_cast<double>(i->get());
  } else if (auto f = v.as_floating_point()) {
    if (!std::isfinite(f->get())) {
      fail(rf.pos(v),
           trf("constant '{}' must be a finite number, not {}", c.name,
               f->get() != f->get() ? "nan" : "inf"),
           "invalid-value");
    }
    c.value.type = Type::number, c.value.number = f->get();
  } else if (auto s = v.as_string()) {
    c.value.type = Type::string, c.value.text = s->get();
  } else if (auto d = v.as_date()) {
    c.value.type = Type::date,
    c.value.date = Date::from_ymd(d->get().year, d->get().month, d->get().day);
  } else if (v.is_array()) {
    c.value.type = Type::string_list, c.value.list = rf.string_list(v, c.name);
  } else {
    fail(rf.pos(v),
         trf("constant '{}' must be a bool, number, string, date or array of strings, found {}",
             c.name, type_word(v)),
         "wrong-type");
  }
  replace_or_add(rs.schema.constants, c, [](const Constant& x) { return x.name; });
}

}  // namespace

void load_constants(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  const toml::node* n = doc.get("constants");
  if (!n) return;
  const toml::table* t = n->as_table();
  if (!t) fail(rf.pos(*n), tr("[constants] must be a table"), "wrong-type");
  for (auto&& [key, v] : *t) {
    rf.guarded([&, &key = key, &v = v] { load_constant(rf, key, v, rs); });
  }
}

void load_fields(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  rf.each_table(doc, "field", [&](const toml::table& t) {
    rf.check_keys(t, {"name", "type", "description", "codes"}, "[[field]]");
    DeclaredField f;
    f.name = rf.required_string(t, "name", t);
    f.pos = rf.pos(*t.get("name"));
    if (!valid_id(f.name)) fail(f.pos, tr("field names must be [a-z0-9_]+"), "bad-id");
    if (find_field(f.name)) {
      fail(f.pos, trf("field '{}' is a built-in field of the citizen record", f.name),
           "name-clash");
    }
    for (const DeclaredField& other : rs.schema.fields) {
      if (other.name == f.name) {
        fail(f.pos,
             trf("field '{}' is declared twice (first at {}:{})", f.name, other.pos.file,
                 other.pos.line),
             "duplicate-id");
      }
    }
    std::string type = rf.required_string(t, "type", t);
    static const std::vector<std::string_view> kTypes = {"bool", "number", "string", "date",
                                                         "list"};
    if (type == "bool")
      f.type = Type::boolean;
    else if (type == "number")
      f.type = Type::number;
    else if (type == "string")
      f.type = Type::string;
    else if (type == "date")
      f.type = Type::date;
    else if (type == "list")
      f.type = Type::string_list;
    else {
      std::string hint = did_you_mean(type, kTypes);
      fail(rf.pos(*t.get("type")),
           hint.empty() ? trf("unknown field type '{}' (bool, number, string, date or list)", type)
                        : trf("unknown field type '{}' (bool, number, string, date or list); {}",
                              type, hint),
           "unknown-code");
    }
    f.description = rf.optional_string(t, "description");
    if (const toml::node* c = t.get("codes")) f.codes = rf.string_list(*c, "codes");
    rs.schema.fields.push_back(std::move(f));
  });
}

void load_exemption_codes(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  rf.each_table(doc, "exemption_code", [&](const toml::table& t) {
    rf.check_keys(t, {"id", "title", "note"}, "[[exemption_code]]");
    std::string id = rf.required_string(t, "id", t);
    if (!valid_id(id))
      fail(rf.pos(*t.get("id")), tr("exemption codes must be [a-z0-9_]+"), "bad-id");
    auto& codes = rs.schema.exemption_codes;
    if (std::find(codes.begin(), codes.end(), id) == codes.end()) codes.push_back(id);
  });
}

}  // namespace nytte::rule_loader
