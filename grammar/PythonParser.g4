// Grammar — the Python 3.11 parser (https://docs.python.org/3.11/reference/grammar.html).
//
// The shape is chosen for ANTLR, not copied from CPython's PEG grammar: nearly every decision is LL(1), so
// the generated parser decides with a switch on the next token instead of running ANTLR's prediction.
// To that end operators are parsed as flat lists (the AST builder applies precedence), lists that may end
// in a separator are written `item (COMMA item?)*` (the builder rejects an empty item between two commas),
// and lists whose order rules are easy to check afterwards (parameters, call arguments, dict/set displays)
// are parsed flat. frontend/ast_builder.cpp checks those rules, gives targets their Store/Del context,
// and produces CPython's error messages. No target-language code lives here.
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

// https://docs.python.org/3.11/reference/toplevel_components.html#file-input
file_input
    : statement* EOF
    ;

// An f-string replacement field: CPython 3.11 parses `(` + its text + `)` as star_expressions.
fstring_expr
    : star_expressions NEWLINE? EOF
    ;

statement
    : compound_stmt
    | simple_stmts
    ;

simple_stmts
    : simple_stmt (SEMI simple_stmt?)* NEWLINE
    ;

// https://docs.python.org/3.11/reference/simple_stmts.html
simple_stmt
    : expr_stmt                                                           # expression_stmt
    | RETURN star_expressions?                                             # return_stmt
    | IMPORT dotted_as_name (COMMA dotted_as_name)*                       # import_name
    | FROM (DOT | ELLIPSIS)* dotted_name? IMPORT import_targets           # import_from
    | RAISE (expression (FROM expression)?)?                              # raise_stmt
    | PASS                                                                # pass_stmt
    | DEL target_list                                                     # del_stmt
    | ASSERT expression (COMMA expression)?                               # assert_stmt
    | BREAK                                                               # break_stmt
    | CONTINUE                                                            # continue_stmt
    | GLOBAL name (COMMA name)*                                           # global_stmt
    | NONLOCAL name (COMMA name)*                                         # nonlocal_stmt
    ;

// Expression statements, assignments, annotated and augmented assignments. Targets are parsed as
// expressions and checked by the AST builder, as CPython's old LL(1) grammar did.
expr_stmt
    : (star_expressions | yield_expr)
      ( COLON expression (EQUAL assigned_value)?                          // annotated
      | augassign assigned_value                                          // augmented
      | (EQUAL assigned_value)*                                           // plain or chained
      )
    ;

assigned_value
    : yield_expr
    | star_expressions
    ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL | VBAREQUAL
    | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    ;

import_targets
    : STAR
    | LPAR import_as_name (COMMA import_as_name?)* RPAR
    | import_as_name (COMMA import_as_name)*
    ;

import_as_name
    : name (AS name)?
    ;

dotted_as_name
    : dotted_name (AS name)?
    ;

dotted_name
    : name (DOT name)*
    ;

// https://docs.python.org/3.11/reference/compound_stmts.html
compound_stmt
    : decorators? (function_def | class_def)                              # decorated_def
    | IF named_expression COLON block elif_clause* else_block?            # if_stmt
    | WHILE named_expression COLON block else_block?                      # while_stmt
    | ASYNC? FOR target_list IN star_expressions COLON block else_block?  # for_stmt
    | ASYNC? WITH with_items COLON block                                  # with_stmt
    | TRY COLON block except_clause* else_block? finally_block?           # try_stmt
    | MATCH subject COLON NEWLINE INDENT case_block+ DEDENT              # match_stmt
    ;

decorators
    : (AT named_expression NEWLINE)+
    ;

function_def
    : ASYNC? DEF name LPAR parameters? RPAR (RARROW expression)? COLON block
    ;

class_def
    : CLASS name (LPAR arguments? RPAR)? COLON block
    ;

elif_clause
    : ELIF named_expression COLON block
    ;

else_block
    : ELSE COLON block
    ;

finally_block
    : FINALLY COLON block
    ;

except_clause
    : EXCEPT STAR? (expression (COMMA expression)* COMMA? (AS name)?)? COLON block
    ;

// `with (a as b, c):` is a list of items; `with (a, b) as c:` one item whose value is a tuple.
with_items
    : LPAR with_item (COMMA with_item?)* RPAR
    | with_item (COMMA with_item)*
    ;

with_item
    : expression (AS star_target)?
    ;

block
    : simple_stmts
    | NEWLINE INDENT statement+ DEDENT
    ;

// --- match (https://docs.python.org/3.11/reference/compound_stmts.html#the-match-statement) -------------
subject
    : star_named_expression (COMMA (star_named_expression (COMMA star_named_expression)* COMMA?)?)?
    ;

case_block
    : CASE patterns (IF named_expression)? COLON block
    ;

// One pattern, or an open sequence pattern (a, *b) without brackets.
patterns
    : star_or_pattern (COMMA star_or_pattern?)*
    ;

star_or_pattern
    : STAR name
    | pattern
    ;

pattern
    : closed_pattern (VBAR closed_pattern)* (AS name)?
    ;

closed_pattern
    : MINUS? NUMBER ((PLUS | MINUS) NUMBER)?                              # literal_number_pattern
    | STRING+                                                             # literal_string_pattern
    | (NONE | TRUE | FALSE)                                               # singleton_pattern
    | dotted_name (LPAR class_pattern_args? RPAR)?                        # name_or_class_pattern
    | LPAR (star_or_pattern (COMMA star_or_pattern?)*)? RPAR       # group_or_tuple_pattern
    | LSQB (star_or_pattern (COMMA star_or_pattern?)*)? RSQB       # list_pattern
    | LBRACE (mapping_item (COMMA mapping_item?)*)? RBRACE         # mapping_pattern
    ;

class_pattern_args
    : class_pattern_arg (COMMA class_pattern_arg?)*
    ;

class_pattern_arg
    : (name EQUAL)? pattern
    ;

mapping_item
    : DOUBLESTAR name
    | closed_pattern COLON pattern
    ;

// --- Parameters (flat: the AST builder checks their order and reports CPython's messages) ---------------
parameters
    : parameter (COMMA parameter?)*
    ;

parameter
    : name (COLON expression)? (EQUAL expression)?
    | STAR (name (COLON star_expression)?)? (EQUAL expression)?
    | DOUBLESTAR name (COLON expression)? (EQUAL expression)?
    | SLASH
    ;

lambda_parameters
    : lambda_parameter (COMMA lambda_parameter?)*
    ;

lambda_parameter
    : name (EQUAL expression)?
    | STAR name? (EQUAL expression)?
    | DOUBLESTAR name (EQUAL expression)?
    | SLASH
    ;

// --- Expressions (https://docs.python.org/3.11/reference/expressions.html) -----------------------------
// The items are spelled out rather than calling star_expression: one parse-tree node less per expression
// statement, and this is the hottest path of the parser.
star_expressions
    : (STAR bitwise | expression) (COMMA (STAR bitwise | expression)?)*
    ;

star_expression
    : STAR bitwise
    | expression
    ;

star_named_expression
    : STAR bitwise
    | named_expression
    ;

// `x := value`; the builder checks that the target is a plain name.
named_expression
    : expression (COLONEQUAL expression)?
    ;

expression
    : disjunction (IF disjunction ELSE expression)?
    | LAMBDA lambda_parameters? COLON expression
    ;

// Operators. Boolean, comparison, arithmetic and bitwise operators are parsed as one flat list of operands
// and operators: every loop below is LL(1), so no prediction runs and the parse tree stays shallow. The AST
// builder applies Python's precedence and associativity (ast_builder.cpp, OperatorChain) and rejects the
// orders Python forbids, such as `a == not b`.
// https://docs.python.org/3.11/reference/expressions.html#operator-precedence
disjunction
    : operand
      ( ( OR | AND
        | LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL | IN | NOT IN | IS NOT?
        | VBAR | CIRCUMFLEX | AMPER | LEFTSHIFT | RIGHTSHIFT | PLUS | MINUS
        | STAR | SLASH | DOUBLESLASH | PERCENT | AT | DOUBLESTAR
        ) operand
      )*
    ;

// CPython's bitwise_or: no comparisons or boolean operators, so that `in` ends a `for` target and `*a < b`
// is not one starred comparison.
bitwise
    : operand
      ( ( VBAR | CIRCUMFLEX | AMPER | LEFTSHIFT | RIGHTSHIFT | PLUS | MINUS
        | STAR | SLASH | DOUBLESLASH | PERCENT | AT | DOUBLESTAR
        ) operand
      )*
    ;

// Prefix operators, then an atom with its trailers (https://docs.python.org/3.11/reference/expressions.html#atoms).
operand
    : (NOT | PLUS | MINUS | TILDE)* AWAIT?
      ( NAME | MATCH | CASE | TRUE | FALSE | NONE | NUMBER | STRING+ | ELLIPSIS
      | paren_display | list_display | brace_display
      )
      trailer*
    ;

trailer
    : LPAR arguments? RPAR
    | LSQB slices RSQB
    | DOT name
    ;

paren_display
    : LPAR (yield_expr | star_named_expression (comprehension | (COMMA star_named_expression?)*))? RPAR
    ;

list_display
    : LSQB (star_named_expression (comprehension | (COMMA star_named_expression?)*))? RSQB
    ;

brace_display
    : LBRACE (dict_or_set_item (comprehension | (COMMA dict_or_set_item?)*))? RBRACE
    ;

// `k: v`, `**m`, `x` or `*x`; the AST builder decides between dict and set and rejects mixtures.
dict_or_set_item
    : DOUBLESTAR bitwise
    | STAR bitwise
    | named_expression (COLON expression)?
    ;

comprehension
    : (ASYNC? FOR target_list IN disjunction (IF disjunction)*)+
    ;

slices
    : slice (COMMA slice?)*
    ;

slice
    : STAR bitwise
    | named_expression (COLON expression? (COLON expression?)?)?
    | COLON expression? (COLON expression?)?
    ;

// Call arguments, flat; the AST builder checks their order.
arguments
    : argument (COMMA argument?)*
    ;

// `name=value` and `name:=value` are parsed as expression (= | :=) expression; the builder checks the name.
argument
    : STAR expression
    | DOUBLESTAR expression
    | expression ((EQUAL | COLONEQUAL) expression)? comprehension?
    ;

yield_expr
    : YIELD (FROM expression | star_expressions)?
    ;

// Targets of `for`, `del` and comprehensions: bitwise-level expressions, so that `in` ends them.
target_list
    : star_target (COMMA star_target?)*
    ;

star_target
    : STAR? bitwise
    ;

name
    : NAME
    | MATCH
    | CASE
    ;
