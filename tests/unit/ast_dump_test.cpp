// Tests — ast::dump against CPython: python3 parses, we rebuild its tree in our AST, and both dumps must agree.
//
// The front end's parser is not needed: a small Python script walks `ast.parse(src)` and writes each node as
// a prefix token stream (class name, then its `_fields` in order), which TreeReader below turns into our
// nodes. The same script prints `ast.dump` of the tree, the expected text. Inline snippets cover every node
// type and the awkward constants; a slice of the stdlib (all of it with PY2CPP_DUMP_ALL_STDLIB=1) covers the
// rest.
#include "frontend/ast_dump.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace py2cpp::ast {
namespace {

// Writes every node as: `Class field...`; lists `L<n> item...`; None `~`; strings `S<utf-8 hex>`
// (surrogatepass, so lone surrogates survive); ints `I<n>`; constants `C` + kind letter + payload, floats
// as float.hex() so no digit is lost on the way.
constexpr const char* kSerializer = R"PY(
import ast, os, sys, sysconfig
sys.set_int_max_str_digits(0)
sys.setrecursionlimit(100000)

def text(s):
    return s.encode('utf-8', 'surrogatepass').hex()

def const(v):
    if v is None: return 'Cn'
    if v is Ellipsis: return 'Ce'
    if v is True: return 'Ct'
    if v is False: return 'Cf'
    if isinstance(v, int): return 'Ci' + str(v)
    if isinstance(v, float): return 'Cd' + v.hex()
    if isinstance(v, complex): return 'Cj' + v.imag.hex()
    if isinstance(v, str): return 'Cs' + text(v)
    if isinstance(v, bytes): return 'Cb' + v.hex()
    raise TypeError(type(v))

def ser(v, out):
    if v is None:
        out.append('~')
    elif isinstance(v, list):
        out.append('L%d' % len(v))
        for x in v:
            ser(x, out)
    elif isinstance(v, ast.AST):
        out.append(type(v).__name__)
        for f in v._fields:
            if f == 'type_comment':
                continue
            x = getattr(v, f)
            if f == 'value' and isinstance(v, (ast.Constant, ast.MatchSingleton)):
                out.append(const(x))
            else:
                ser(x, out)
    elif isinstance(v, str):
        out.append('S' + text(v))
    elif isinstance(v, int):
        out.append('I%d' % v)
    else:
        raise TypeError(type(v))

def emit(name, source):
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return
    out = []
    ser(tree, out)
    sys.stdout.write(name + '\n' + ' '.join(out) + '\n' + ast.dump(tree) + '\n')

if sys.argv[1] == 'snippets':
    for i, line in enumerate(open(sys.argv[2])):
        emit('snippet %d' % i, bytes.fromhex(line.strip()))
else:
    stride = int(sys.argv[2])
    root = sysconfig.get_paths()['stdlib']
    files = []
    for d, dirs, names in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != 'site-packages')
        files += [os.path.join(d, n) for n in sorted(names) if n.endswith('.py')]
    for path in files[::stride]:
        with open(path, 'rb') as f:
            emit(os.path.relpath(path, root), f.read())
)PY";

// Rebuilds a Module from the serializer's token stream.
class TreeReader {
public:
    explicit TreeReader(std::string_view tokens) : rest_(tokens) {}

    Module module() {
        expect("Module");
        Module m;
        m.body = list<Stmt>([this] { return stmt(); });
        list<Node>([this]() -> Node* { fail("type_ignores"); });
        if (!rest_.empty()) fail("trailing tokens");
        return m;
    }

private:
    [[noreturn]] void fail(std::string_view what) {
        throw std::runtime_error("bad token stream at " + std::string(what) + ", before: " +
                                 std::string(rest_.substr(0, 80)));
    }

    std::string_view next() {
        while (!rest_.empty() && rest_.front() == ' ') rest_.remove_prefix(1);
        const std::size_t end = std::min(rest_.find(' '), rest_.size());
        std::string_view token = rest_.substr(0, end);
        rest_.remove_prefix(end);
        if (token.empty()) fail("end of input");
        return token;
    }
    std::string_view peek() {
        const std::string_view saved = rest_;
        std::string_view token = next();
        rest_ = saved;
        return token;
    }
    void expect(std::string_view token) {
        if (next() != token) fail(token);
    }
    bool none() {
        if (peek() != "~") return false;
        next();
        return true;
    }

    template <class T, class F>
    std::vector<T*> list(F item) {
        const std::string_view token = next();
        if (token.front() != 'L') fail("list");
        const int n = number(token.substr(1));
        std::vector<T*> items;
        for (int i = 0; i < n; ++i) items.push_back(item());
        return items;
    }
    int number(std::string_view digits) {
        int value = 0;
        if (std::from_chars(digits.data(), digits.data() + digits.size(), value).ec != std::errc()) fail("int");
        return value;
    }
    int integer() {
        const std::string_view token = next();
        if (token.front() != 'I') fail("int field");
        return number(token.substr(1));
    }
    static std::string unhex(std::string_view hex) {
        std::string bytes;
        for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
            unsigned value = 0;
            std::from_chars(hex.data() + i, hex.data() + i + 2, value, 16);
            bytes += static_cast<char>(value);
        }
        return bytes;
    }
    Identifier ident() {
        const std::string_view token = next();
        if (token.front() != 'S') fail("identifier");
        return unhex(token.substr(1));
    }
    std::optional<Identifier> opt_ident() {
        if (none()) return std::nullopt;
        return ident();
    }
    std::vector<Identifier> idents() {
        const std::string_view token = next();
        const int n = number(token.substr(1));
        std::vector<Identifier> names;
        for (int i = 0; i < n; ++i) names.push_back(ident());
        return names;
    }
    static double hex_double(std::string_view s) {
        bool negative = false;
        if (s.front() == '-') {
            negative = true;
            s.remove_prefix(1);
        }
        if (s.substr(0, 2) == "0x") s.remove_prefix(2);
        double value = 0;
        std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::hex);
        return negative ? -value : value;
    }
    ConstantValue constant() {
        const std::string_view token = next();
        if (token.size() < 2 || token[0] != 'C') fail("constant");
        const std::string_view payload = token.substr(2);
        ConstantValue v;
        using Kind = ConstantValue::Kind;
        switch (token[1]) {
        case 'n': v.kind = Kind::None; break;
        case 'e': v.kind = Kind::Ellipsis; break;
        case 't': v.kind = Kind::Bool, v.boolean = true; break;
        case 'f': v.kind = Kind::Bool, v.boolean = false; break;
        case 'i': v.kind = Kind::Int, v.text = std::string(payload); break;
        case 'd': v.kind = Kind::Float, v.number = hex_double(payload); break;
        case 'j': v.kind = Kind::Complex, v.number = hex_double(payload); break;
        case 's': v.kind = Kind::Str, v.text = unhex(payload); break;
        case 'b': v.kind = Kind::Bytes, v.text = unhex(payload); break;
        default: fail("constant kind");
        }
        return v;
    }
    template <class Enum, std::size_t N>
    Enum choice(const std::string_view (&names)[N]) {
        const std::string_view token = next();
        for (std::size_t i = 0; i < N; ++i)
            if (names[i] == token) return static_cast<Enum>(i);
        fail(token);
    }
    static constexpr std::string_view kContexts[] = {"Load", "Store", "Del"};
    static constexpr std::string_view kBoolOps[] = {"And", "Or"};
    static constexpr std::string_view kOperators[] = {"Add",   "Sub",    "Mult",   "MatMult", "Div",
                                                      "Mod",   "Pow",    "LShift", "RShift",  "BitOr",
                                                      "BitXor", "BitAnd", "FloorDiv"};
    static constexpr std::string_view kUnaryOps[] = {"Invert", "Not", "UAdd", "USub"};
    static constexpr std::string_view kCmpOps[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE",
                                                   "Is", "IsNot", "In", "NotIn"};
    ExprContext ctx() { return choice<ExprContext>(kContexts); }
    OperatorKind op() { return choice<OperatorKind>(kOperators); }

    ExprList exprs() { return list<Expr>([this] { return expr(); }); }
    StmtList stmts() { return list<Stmt>([this] { return stmt(); }); }
    PatternList patterns() { return list<Pattern>([this] { return pattern(); }); }
    std::vector<Keyword*> keywords() {
        return list<Keyword>([this] {
            expect("keyword");
            auto* k = arena_.make<Keyword>();
            k->arg = opt_ident();
            k->value = expr();
            return k;
        });
    }
    std::vector<Comprehension*> generators() {
        return list<Comprehension>([this] {
            expect("comprehension");
            auto* c = arena_.make<Comprehension>();
            c->target = expr();
            c->iter = expr();
            c->ifs = exprs();
            c->is_async = integer() != 0;
            return c;
        });
    }
    Arg* arg() {
        if (none()) return nullptr;
        expect("arg");
        auto* a = arena_.make<Arg>();
        a->arg = ident();
        a->annotation = expr();
        return a;
    }
    std::vector<Arg*> args() { return list<Arg>([this] { return arg(); }); }
    Arguments* arguments() {
        expect("arguments");
        auto* a = arena_.make<Arguments>();
        a->posonlyargs = args();
        a->args = args();
        a->vararg = arg();
        a->kwonlyargs = args();
        a->kw_defaults = exprs();
        a->kwarg = arg();
        a->defaults = exprs();
        return a;
    }
    std::vector<Alias*> aliases() {
        return list<Alias>([this] {
            expect("alias");
            auto* a = arena_.make<Alias>();
            a->name = ident();
            a->asname = opt_ident();
            return a;
        });
    }

    template <class T>
    T* make() {
        return arena_.make<T>();
    }

    Expr* expr() {
        if (none()) return nullptr;
        const std::string_view cls = next();
        if (cls == "BoolOp") {
            auto* n = make<BoolOp>();
            n->op = choice<BoolOpKind>(kBoolOps);
            n->values = exprs();
            return n;
        }
        if (cls == "NamedExpr") {
            auto* n = make<NamedExpr>();
            n->target = expr();
            n->value = expr();
            return n;
        }
        if (cls == "BinOp") {
            auto* n = make<BinOp>();
            n->left = expr();
            n->op = op();
            n->right = expr();
            return n;
        }
        if (cls == "UnaryOp") {
            auto* n = make<UnaryOp>();
            n->op = choice<UnaryOpKind>(kUnaryOps);
            n->operand = expr();
            return n;
        }
        if (cls == "Lambda") {
            auto* n = make<Lambda>();
            n->args = arguments();
            n->body = expr();
            return n;
        }
        if (cls == "IfExp") {
            auto* n = make<IfExp>();
            n->test = expr();
            n->body = expr();
            n->orelse = expr();
            return n;
        }
        if (cls == "Dict") {
            auto* n = make<Dict>();
            n->keys = exprs();
            n->values = exprs();
            return n;
        }
        if (cls == "Set") {
            auto* n = make<Set>();
            n->elts = exprs();
            return n;
        }
        if (cls == "ListComp" || cls == "SetComp" || cls == "GeneratorExp") {
            Expr* elt = expr();
            auto gens = generators();
            if (cls == "ListComp") return comp<ListComp>(elt, gens);
            if (cls == "SetComp") return comp<SetComp>(elt, gens);
            return comp<GeneratorExp>(elt, gens);
        }
        if (cls == "DictComp") {
            auto* n = make<DictComp>();
            n->key = expr();
            n->value = expr();
            n->generators = generators();
            return n;
        }
        if (cls == "Await") {
            auto* n = make<Await>();
            n->value = expr();
            return n;
        }
        if (cls == "Yield") {
            auto* n = make<Yield>();
            n->value = expr();
            return n;
        }
        if (cls == "YieldFrom") {
            auto* n = make<YieldFrom>();
            n->value = expr();
            return n;
        }
        if (cls == "Compare") {
            auto* n = make<Compare>();
            n->left = expr();
            const std::string_view count = next();
            for (int i = 0, end = number(count.substr(1)); i < end; ++i)
                n->ops.push_back(choice<CmpOpKind>(kCmpOps));
            n->comparators = exprs();
            return n;
        }
        if (cls == "Call") {
            auto* n = make<Call>();
            n->func = expr();
            n->args = exprs();
            n->keywords = keywords();
            return n;
        }
        if (cls == "FormattedValue") {
            auto* n = make<FormattedValue>();
            n->value = expr();
            n->conversion = integer();
            n->format_spec = expr();
            return n;
        }
        if (cls == "JoinedStr") {
            auto* n = make<JoinedStr>();
            n->values = exprs();
            return n;
        }
        if (cls == "Constant") {
            auto* n = make<Constant>();
            n->value = constant();
            n->kind = opt_ident();
            return n;
        }
        if (cls == "Attribute") {
            auto* n = make<Attribute>();
            n->value = expr();
            n->attr = ident();
            n->ctx = ctx();
            return n;
        }
        if (cls == "Subscript") {
            auto* n = make<Subscript>();
            n->value = expr();
            n->slice = expr();
            n->ctx = ctx();
            return n;
        }
        if (cls == "Starred") {
            auto* n = make<Starred>();
            n->value = expr();
            n->ctx = ctx();
            return n;
        }
        if (cls == "Name") {
            auto* n = make<Name>();
            n->id = ident();
            n->ctx = ctx();
            return n;
        }
        if (cls == "List" || cls == "Tuple") {
            ExprList elts = exprs();
            const ExprContext c = ctx();
            if (cls == "List") {
                auto* n = make<List>();
                n->elts = std::move(elts);
                n->ctx = c;
                return n;
            }
            auto* n = make<Tuple>();
            n->elts = std::move(elts);
            n->ctx = c;
            return n;
        }
        if (cls == "Slice") {
            auto* n = make<Slice>();
            n->lower = expr();
            n->upper = expr();
            n->step = expr();
            return n;
        }
        fail(cls);
    }

    template <class T>
    T* comp(Expr* elt, std::vector<Comprehension*> gens) {
        auto* n = make<T>();
        n->elt = elt;
        n->generators = std::move(gens);
        return n;
    }

    Pattern* pattern() {
        if (none()) return nullptr;
        const std::string_view cls = next();
        if (cls == "MatchValue") {
            auto* n = make<MatchValue>();
            n->value = expr();
            return n;
        }
        if (cls == "MatchSingleton") {
            auto* n = make<MatchSingleton>();
            n->value = constant();
            return n;
        }
        if (cls == "MatchSequence") {
            auto* n = make<MatchSequence>();
            n->patterns = patterns();
            return n;
        }
        if (cls == "MatchMapping") {
            auto* n = make<MatchMapping>();
            n->keys = exprs();
            n->patterns = patterns();
            n->rest = opt_ident();
            return n;
        }
        if (cls == "MatchClass") {
            auto* n = make<MatchClass>();
            n->cls = expr();
            n->patterns = patterns();
            n->kwd_attrs = idents();
            n->kwd_patterns = patterns();
            return n;
        }
        if (cls == "MatchStar") {
            auto* n = make<MatchStar>();
            n->name = opt_ident();
            return n;
        }
        if (cls == "MatchAs") {
            auto* n = make<MatchAs>();
            n->pattern = pattern();
            n->name = opt_ident();
            return n;
        }
        if (cls == "MatchOr") {
            auto* n = make<MatchOr>();
            n->patterns = patterns();
            return n;
        }
        fail(cls);
    }

    Stmt* stmt() {
        const std::string_view cls = next();
        if (cls == "FunctionDef" || cls == "AsyncFunctionDef") {
            auto* n = make<FunctionDef>();
            n->is_async = cls == "AsyncFunctionDef";
            n->name = ident();
            n->args = arguments();
            n->body = stmts();
            n->decorator_list = exprs();
            n->returns = expr();
            return n;
        }
        if (cls == "ClassDef") {
            auto* n = make<ClassDef>();
            n->name = ident();
            n->bases = exprs();
            n->keywords = keywords();
            n->body = stmts();
            n->decorator_list = exprs();
            return n;
        }
        if (cls == "Return") {
            auto* n = make<Return>();
            n->value = expr();
            return n;
        }
        if (cls == "Delete") {
            auto* n = make<Delete>();
            n->targets = exprs();
            return n;
        }
        if (cls == "Assign") {
            auto* n = make<Assign>();
            n->targets = exprs();
            n->value = expr();
            return n;
        }
        if (cls == "AugAssign") {
            auto* n = make<AugAssign>();
            n->target = expr();
            n->op = op();
            n->value = expr();
            return n;
        }
        if (cls == "AnnAssign") {
            auto* n = make<AnnAssign>();
            n->target = expr();
            n->annotation = expr();
            n->value = expr();
            n->simple = integer() != 0;
            return n;
        }
        if (cls == "For" || cls == "AsyncFor") {
            auto* n = make<For>();
            n->is_async = cls == "AsyncFor";
            n->target = expr();
            n->iter = expr();
            n->body = stmts();
            n->orelse = stmts();
            return n;
        }
        if (cls == "While" || cls == "If") {
            Expr* test = expr();
            StmtList body = stmts();
            StmtList orelse = stmts();
            if (cls == "While") {
                auto* n = make<While>();
                n->test = test, n->body = std::move(body), n->orelse = std::move(orelse);
                return n;
            }
            auto* n = make<If>();
            n->test = test, n->body = std::move(body), n->orelse = std::move(orelse);
            return n;
        }
        if (cls == "With" || cls == "AsyncWith") {
            auto* n = make<With>();
            n->is_async = cls == "AsyncWith";
            n->items = list<WithItem>([this] {
                expect("withitem");
                auto* w = make<WithItem>();
                w->context_expr = expr();
                w->optional_vars = expr();
                return w;
            });
            n->body = stmts();
            return n;
        }
        if (cls == "Match") {
            auto* n = make<Match>();
            n->subject = expr();
            n->cases = list<MatchCase>([this] {
                expect("match_case");
                auto* c = make<MatchCase>();
                c->pattern = pattern();
                c->guard = expr();
                c->body = stmts();
                return c;
            });
            return n;
        }
        if (cls == "Raise") {
            auto* n = make<Raise>();
            n->exc = expr();
            n->cause = expr();
            return n;
        }
        if (cls == "Try" || cls == "TryStar") {
            auto* n = make<Try>();
            n->is_star = cls == "TryStar";
            n->body = stmts();
            n->handlers = list<ExceptHandler>([this] {
                expect("ExceptHandler");
                auto* h = make<ExceptHandler>();
                h->type = expr();
                h->name = opt_ident();
                h->body = stmts();
                return h;
            });
            n->orelse = stmts();
            n->finalbody = stmts();
            return n;
        }
        if (cls == "Assert") {
            auto* n = make<Assert>();
            n->test = expr();
            n->msg = expr();
            return n;
        }
        if (cls == "Import") {
            auto* n = make<Import>();
            n->names = aliases();
            return n;
        }
        if (cls == "ImportFrom") {
            auto* n = make<ImportFrom>();
            n->module = opt_ident();
            n->names = aliases();
            n->level = integer();
            return n;
        }
        if (cls == "Global") {
            auto* n = make<Global>();
            n->names = idents();
            return n;
        }
        if (cls == "Nonlocal") {
            auto* n = make<Nonlocal>();
            n->names = idents();
            return n;
        }
        if (cls == "Expr") {
            auto* n = make<ExprStmt>();
            n->value = expr();
            return n;
        }
        if (cls == "Pass") return make<Pass>();
        if (cls == "Break") return make<Break>();
        if (cls == "Continue") return make<Continue>();
        fail(cls);
    }

    std::string_view rest_;
    AstArena arena_;
};

// Runs the serializer with `args` and calls `check(name, tokens, expected_dump)` for each tree it prints.
// Returns how many trees were checked.
template <class F>
int for_each_python_tree(const std::string& args, F check) {
    const auto dir = std::filesystem::temp_directory_path();
    const std::string script = (dir / ("py2cpp_ast_dump_" + std::to_string(::getpid()) + ".py")).string();
    std::ofstream(script) << kSerializer;
    FILE* pipe = ::popen(("python3 " + script + " " + args).c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot run python3");
    char* buf = nullptr;
    std::size_t cap = 0;
    const auto read_line = [&](std::string& line) {
        const ssize_t n = ::getline(&buf, &cap, pipe);
        if (n <= 0) return false;
        line.assign(buf, static_cast<std::size_t>(n) - (buf[n - 1] == '\n' ? 1 : 0));
        return true;
    };
    std::string name, tokens, expected;
    int count = 0;
    while (read_line(name) && read_line(tokens) && read_line(expected)) {
        check(name, tokens, expected);
        ++count;
    }
    std::free(buf);
    const int status = ::pclose(pipe);
    std::filesystem::remove(script);
    EXPECT_EQ(status, 0) << "python3 serializer failed";
    return count;
}

std::string dump_tokens(const std::string& tokens) {
    TreeReader reader(tokens);
    return dump(reader.module());
}

// Every node type, every optional field present and absent, and the constants whose repr is tricky.
const char* const kSnippets[] = {
    "",
    "pass\nbreak\ncontinue",
    "x = 1",
    "a = b = c",
    "x: int",
    "(x): int = 3",
    "a.b: list[int] = []",
    "x += 1; x -= 2; x *= 3; x @= 4; x /= 5; x %= 6; x **= 7; x <<= 8; x >>= 9; x |= 1; x ^= 2; x &= 3; "
    "x //= 4",
    "del x, y.z, w[0]",
    "def f(a, /, b=2, *c, d, e=3, **g) -> int: return",
    "def f(a: int = 1, *, b: 'str'): return a",
    "@dec\n@dec2(1)\ndef f(): yield\ndef g(): yield 1; yield from h(); x = yield",
    "async def f():\n async for x in y: pass\n async with a as b, c: pass\n await z\n"
    " [i async for i in g()]",
    "class C(B, metaclass=M, **kw):\n  '''doc'''\n  x = 1",
    "@d\nclass E: pass",
    "for x, *y in z:\n  continue\nelse:\n  pass",
    "while x:\n  break\nelse:\n  pass",
    "if a:\n  pass\nelif b:\n  pass\nelse:\n  pass",
    "with a, b as (c, d): pass",
    "try:\n pass\nexcept E as e:\n pass\nexcept (A, B):\n pass\nexcept:\n raise\nelse:\n pass\n"
    "finally:\n pass",
    "try:\n pass\nexcept* E as e:\n pass",
    "raise E\nraise E from None",
    "assert x\nassert x, 'msg'",
    "import a.b as c, d\nfrom . import x\nfrom ..y import z as w\nfrom y import *",
    "global a, b\nnonlocal c",
    "x = a and b or not c",
    "(y := 10)",
    "x = a + b - c * d @ e / f % g ** h << i >> j | k ^ l & m // n",
    "x = ~a, +b, -c, not d",
    "lambda: 0\nlambda x, *y, z=1, **k: x\nlambda *, a: a\nlambda a, /: a",
    "a if b else c",
    "{**a, 1: 2, 'k': v}",
    "{1, 2}\n[]\n()\n[*a, *b]",
    "[x for x in y if x if not x for z in x]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y)",
    "a < b <= c > d >= e == f != g is h is not i in j not in k",
    "f(a, *b, c=d, **e)\nf()",
    "f'{x!r:>{w}} {y=} {z!s} {q!a} {{}} plain'",
    "f'{x:{y}.{z}f}' f'' 'a' f'{a}b'",
    "a.b.c\na[1:2, ::3]\na[:]\na[1]\na[b:]\na[::]\na[...]",
    "*a, b = c",
    "match x:\n case None: pass\n case True: pass\n case False: pass\n case {1: a, **r}: pass\n"
    " case C(1, a=b) | [*_] as z if q: pass\n case [1, *rest, 2]: pass\n case (a, b): pass\n"
    " case -1 | 1+2j | 'str' | b'b' | x.y: pass\n case {}: pass\n case {'k': _}: pass\n case _: pass",
    "match x:\n case A.B(x=1, y=[a, b]): pass\n case (1 | 2) as z: pass\n case [*x]: pass",
    "x = 0; x = 7; x = 123456789012345678901234567890; x = 0xff; x = 0o17; x = 0b1",
    "x = 0.0; x = 1.5; x = 10.0; x = 1e16; x = 1e15; x = 123456789012345680.0; x = 1e-4; x = 1e-5; "
    "x = 0.1; x = 1/3; x = 5e-324; x = 1.7976931348623157e308; x = 1e400; x = 2.5e-7",
    "x = 0j; x = 1j; x = 1.5j; x = 1e16j; x = 1e-5j; x = 1e400j; x = 10j; x = 3.14e100j",
    "x = ...; x = None; x = True; x = False",
    R"(x = 'it''s'; x = "it's"; x = 'say "hi"'; x = 'both \' and "'; x = '\\'; x = '')",
    R"(x = '\x00\x01\t\n\r\x1f\x7f\x80\x85\xa0\xad\xff'; x = '\u2028\u200b\ufeff\ue000\U0001f600\U000e0001')",
    R"(x = '\ud800'; x = '\udfff\ud83d\ude00'; x = 'é中文'; x = '\u0378'; x = '\U0010ffff')",
    R"(x = u'kind'; x = b''; x = b'\x00\'"\\\xff\x7f abc'; x = b"it's"; x = rb'\d')",
    "éèà = 1\nкласс = 2\n",
    "def f[T](): pass" /* 3.12 syntax: python3.11 skips it, so it checks the skip path only */,
};

TEST(AstDump, EmptyModule) { EXPECT_EQ(dump(Module{}), "Module(body=[], type_ignores=[])"); }

TEST(AstDump, HandBuiltTree) {
    // `{**m, 'k': f(x=1)}` built directly, independent of the token reader.
    AstArena arena;
    auto* m = arena.make<Name>();
    m->id = "m";
    auto* key = arena.make<Constant>();
    key->value.kind = ConstantValue::Kind::Str;
    key->value.text = "k";
    key->kind = "u";
    auto* one = arena.make<Constant>();
    one->value.kind = ConstantValue::Kind::Int;
    one->value.text = "1";
    auto* f = arena.make<Name>();
    f->id = "f";
    auto* kw = arena.make<Keyword>();
    kw->arg = "x";
    kw->value = one;
    auto* call = arena.make<Call>();
    call->func = f;
    call->keywords = {kw};
    auto* dict = arena.make<Dict>();
    dict->keys = {nullptr, key};
    dict->values = {m, call};
    auto* stmt = arena.make<ExprStmt>();
    stmt->value = dict;
    Module module;
    module.body = {stmt};
    EXPECT_EQ(dump(module),
              "Module(body=[Expr(value=Dict(keys=[None, Constant(value='k', kind='u')], "
              "values=[Name(id='m', ctx=Load()), Call(func=Name(id='f', ctx=Load()), args=[], "
              "keywords=[keyword(arg='x', value=Constant(value=1))])]))], type_ignores=[])");
}

TEST(AstDump, SnippetsMatchCPython) {
    const auto path = std::filesystem::temp_directory_path() / ("py2cpp_snippets_" + std::to_string(::getpid()));
    {
        std::ofstream out(path);
        for (const char* snippet : kSnippets) {
            static constexpr char kHex[] = "0123456789abcdef";
            for (const unsigned char c : std::string_view(snippet)) out << kHex[c >> 4] << kHex[c & 15];
            out << '\n';
        }
    }
    const int checked =
        for_each_python_tree("snippets " + path.string(), [](const std::string& name, const std::string& tokens,
                                                              const std::string& expected) {
            EXPECT_EQ(dump_tokens(tokens), expected) << name;
        });
    std::filesystem::remove(path);
    // All but the 3.12-only snippet parse under 3.11.
    EXPECT_EQ(checked, static_cast<int>(std::size(kSnippets)) - 1);
}

TEST(AstDump, StdlibMatchesCPython) {
    // Every 40th file by default (a few seconds); the whole stdlib, and a timing, on request.
    const bool all = std::getenv("PY2CPP_DUMP_ALL_STDLIB") != nullptr;
    std::chrono::steady_clock::duration dump_time{};
    std::size_t bytes = 0;
    int mismatches = 0;
    const int checked = for_each_python_tree(
        std::string("stdlib ") + (all ? "1" : "40"),
        [&](const std::string& name, const std::string& tokens, const std::string& expected) {
            TreeReader reader(tokens);
            const Module module = reader.module();
            const auto start = std::chrono::steady_clock::now();
            const std::string actual = dump(module);
            dump_time += std::chrono::steady_clock::now() - start;
            bytes += actual.size();
            if (actual != expected && ++mismatches <= 5) {
                std::size_t at = 0;
                while (at < actual.size() && at < expected.size() && actual[at] == expected[at]) ++at;
                const std::size_t from = at > 60 ? at - 60 : 0;
                ADD_FAILURE() << name << ": dumps differ at byte " << at << "\n  ours:    "
                              << actual.substr(from, 160) << "\n  CPython: " << expected.substr(from, 160);
            }
        });
    EXPECT_EQ(mismatches, 0);
    EXPECT_GT(checked, all ? 1000 : 20);
    if (all) {
        std::printf("dumped %d stdlib files (%zu MB) in %.3f s\n", checked, bytes >> 20,
                    std::chrono::duration<double>(dump_time).count());
    }
}

}  // namespace
}  // namespace py2cpp::ast
