// A citizen record written as a [[citizen]] TOML file of the contract
// (shared/contract.md), which every subcommand reads back as it was: the
// interview's -o. Fields in contract order, then the declared ones.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/citizen.h"
#include "model/schema.h"

namespace nytte {

// `comments`: lines written before the record, each after "# ".
std::string citizen_toml(const Citizen& c, const Schema& schema,
                         const std::vector<std::string>& comments = {});

}  // namespace nytte
