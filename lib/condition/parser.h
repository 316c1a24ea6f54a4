// Stage 2 of the condition language: tokens to a tree (ast.h), with the
// limits on its shape (condition.h: kMaxNesting, kMaxDepth, kMaxChain)
// enforced at the token that crosses one. Syntax only: names, types and codes
// are the checker's.
#pragma once

#include "condition/ast.h"
#include "condition/source.h"

namespace nytte::condition {

// Throws Error at the first token that does not fit the grammar.
Ast parse(const Source& src);

}  // namespace nytte::condition
