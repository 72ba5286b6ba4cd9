// Grammar — the Python 3.11 lexer (https://docs.python.org/3.11/reference/lexical_analysis.html).
//
// Token names follow CPython's `token` module. This grammar only cuts the text into tokens: NEWLINE carries
// the indentation of the line that follows it, and frontend/token_source.cpp turns that into INDENT/DEDENT,
// drops blank lines and newlines inside brackets, and turns the ERROR_* tokens below into CPython's messages.
// No target-language code lives here.
lexer grammar PythonLexer;

tokens { INDENT, DEDENT, ERRORTOKEN }

// --- Keywords (https://docs.python.org/3.11/reference/lexical_analysis.html#keywords) ----------------------
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';
// Soft keywords: the parser also accepts them wherever a NAME may stand.
MATCH    : 'match';
CASE     : 'case';

// --- Literals --------------------------------------------------------------------------------------------
// A whole string literal, prefix and quotes included; f-strings too (3.11 tokenizes them as one STRING).
// frontend/literals.cpp decodes the body.
STRING
    : STRING_PREFIX? (LONG_STRING | SHORT_STRING)
    ;

// https://docs.python.org/3.11/reference/lexical_analysis.html#numeric-literals
NUMBER
    : INTEGER
    | FLOAT_NUMBER
    | IMAG_NUMBER
    ;

// https://docs.python.org/3.11/reference/lexical_analysis.html#identifiers
NAME
    : ID_START ID_CONTINUE*
    ;

// --- Operators and delimiters ----------------------------------------------------------------------------
LPAR             : '(';
RPAR             : ')';
LSQB             : '[';
RSQB             : ']';
LBRACE           : '{';
RBRACE           : '}';
COLON            : ':';
COMMA            : ',';
SEMI             : ';';
PLUS             : '+';
MINUS            : '-';
STAR             : '*';
SLASH            : '/';
VBAR             : '|';
AMPER            : '&';
LESS             : '<';
GREATER          : '>';
EQUAL            : '=';
DOT              : '.';
PERCENT          : '%';
EQEQUAL          : '==';
NOTEQUAL         : '!=';
LESSEQUAL        : '<=';
GREATEREQUAL     : '>=';
TILDE            : '~';
CIRCUMFLEX       : '^';
LEFTSHIFT        : '<<';
RIGHTSHIFT       : '>>';
DOUBLESTAR       : '**';
PLUSEQUAL        : '+=';
MINEQUAL         : '-=';
STAREQUAL        : '*=';
SLASHEQUAL       : '/=';
PERCENTEQUAL     : '%=';
AMPEREQUAL       : '&=';
VBAREQUAL        : '|=';
CIRCUMFLEXEQUAL  : '^=';
LEFTSHIFTEQUAL   : '<<=';
RIGHTSHIFTEQUAL  : '>>=';
DOUBLESTAREQUAL  : '**=';
DOUBLESLASH      : '//';
DOUBLESLASHEQUAL : '//=';
AT               : '@';
ATEQUAL          : '@=';
RARROW           : '->';
ELLIPSIS         : '...';
COLONEQUAL       : ':=';

// --- Layout ----------------------------------------------------------------------------------------------
// A line break together with the next line's indentation; the token source measures it.
NEWLINE
    : '\n' [ \t\f]*
    ;

SKIP_WHITESPACE
    : [ \t\f]+ -> skip
    ;

COMMENT
    : '#' ~[\n]* -> skip
    ;

// https://docs.python.org/3.11/reference/lexical_analysis.html#explicit-line-joining
LINE_CONTINUATION
    : '\\' '\n' -> skip
    ;

// --- Malformed input, reported by the token source with CPython's wording ---------------------------------
// A string whose closing quote never comes on its line. An unterminated triple-quoted string shows up as an
// empty string followed at once by one of these (''' = '' + '...), which the token source recognises.
ERROR_UNTERMINATED_STRING
    : STRING_PREFIX? ('\'' (ESCAPE_SEQ | ~[\\\n'])* | '"' (ESCAPE_SEQ | ~[\\\n"])*)
    ;

// A backslash not followed by a line break.
ERROR_BACKSLASH
    : [\\]
    ;

// Any other character: '$', '?', '!', '`', or a non-ASCII character that cannot start an identifier.
ERROR_CHAR
    : .
    ;

// --- Fragments -------------------------------------------------------------------------------------------
fragment STRING_PREFIX
    : [rRuUbBfF]
    | [rR] [bBfF]
    | [bBfF] [rR]
    ;

fragment SHORT_STRING
    : '\'' (ESCAPE_SEQ | ~[\\\n'])* '\''
    | '"' (ESCAPE_SEQ | ~[\\\n"])* '"'
    ;

fragment LONG_STRING
    : '\'\'\'' (ESCAPE_SEQ | ~'\\')*? '\'\'\''
    | '"""' (ESCAPE_SEQ | ~'\\')*? '"""'
    ;

// A backslash and whatever follows, a line break included (which continues a short string).
fragment ESCAPE_SEQ
    : '\\' .
    ;

fragment INTEGER
    : DEC_INTEGER
    | BIN_INTEGER
    | OCT_INTEGER
    | HEX_INTEGER
    ;

fragment DEC_INTEGER
    : NON_ZERO_DIGIT ('_'? DIGIT)*
    | '0'+ ('_'? '0')*
    ;

fragment BIN_INTEGER
    : '0' [bB] ('_'? [01])+
    ;

fragment OCT_INTEGER
    : '0' [oO] ('_'? [0-7])+
    ;

fragment HEX_INTEGER
    : '0' [xX] ('_'? [0-9a-fA-F])+
    ;

fragment FLOAT_NUMBER
    : POINT_FLOAT
    | EXPONENT_FLOAT
    ;

fragment POINT_FLOAT
    : DIGIT_PART? '.' DIGIT_PART
    | DIGIT_PART '.'
    ;

fragment EXPONENT_FLOAT
    : (DIGIT_PART | POINT_FLOAT) [eE] [+-]? DIGIT_PART
    ;

fragment IMAG_NUMBER
    : (FLOAT_NUMBER | DIGIT_PART) [jJ]
    ;

fragment DIGIT_PART
    : DIGIT ('_'? DIGIT)*
    ;

fragment NON_ZERO_DIGIT
    : [1-9]
    ;

fragment DIGIT
    : [0-9]
    ;

// Identifiers: ASCII letters, '_', and the Unicode XID classes (NFKC normalisation is applied by the AST
// builder).
fragment ID_START
    : '_'
    | [\p{XID_Start}]
    ;

fragment ID_CONTINUE
    : [\p{XID_Continue}]
    ;
