"""Runs the LALR tables Lark builds, without importing Lark (a one-file run's start-up).

Importing Lark costs a cold run ~60 ms (its grammar loader, `regex`,
`logging`, `tempfile`) and loading its saved parsers ~15 ms more, while
parsing ready-made tokens needs only a table walk. Lark stays the tool that
builds the tables (`python -m lorecheck.grammar`, or a grammar the shipped
tables do not match); `from_lark` reads what a built parser does and this
module does the same: the same shift/reduce loop as lark's ParserState, the
same tree shaping as its ParseTreeBuilder (`_rule` children inlined, `?rule`
with one child replaced by it, filtered tokens dropped), the same Token and
Tree behaviour. A callback shape it does not know makes `from_lark` fail, so
a Lark change shows up as an error when tables are built, never as other trees.
"""
from __future__ import annotations

FORMAT = 1  # bump when what `from_lark` stores changes shape


class Token(str):
    """A terminal: a string (its value) with a type and positions, like lark.Token."""

    __slots__ = ("type", "start_pos", "value", "line", "column", "end_line", "end_column", "end_pos")

    def __new__(cls, type, value, start_pos=None, line=None, column=None, end_line=None, end_column=None,
                end_pos=None):
        inst = super().__new__(cls, value)
        inst.type = type
        inst.start_pos = start_pos
        inst.value = value
        inst.line = line
        inst.column = column
        inst.end_line = end_line
        inst.end_column = end_column
        inst.end_pos = end_pos
        return inst

    def __reduce__(self):
        return (self.__class__, (self.type, self.value, self.start_pos, self.line, self.column,
                                 self.end_line, self.end_column, self.end_pos))

    def __repr__(self):
        return f"Token({self.type!r}, {self.value!r})"

    def __deepcopy__(self, memo):
        return Token(self.type, self.value, self.start_pos, self.line, self.column)

    def __eq__(self, other):
        if isinstance(other, Token) and self.type != other.type:
            return False
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Tree:
    """A rule's node: its name (`data`) and its children (Trees and Tokens), like lark.Tree."""

    __slots__ = ("data", "children")

    def __init__(self, data: str, children: list):
        self.data = data
        self.children = children

    def __repr__(self):
        return f"Tree({self.data!r}, {self.children!r})"

    def __eq__(self, other):
        try:
            return self.data == other.data and self.children == other.children
        except AttributeError:
            return False

    def __ne__(self, other):
        return not (self == other)

    def __hash__(self):
        return hash((self.data, tuple(self.children)))

    def scan_values(self, pred):
        """Leaves (non-Tree children, at any depth) for which pred holds, left to right."""
        for c in self.children:
            if isinstance(c, Tree):
                yield from c.scan_values(pred)
            elif pred(c):
                yield c

    def iter_subtrees_topdown(self):
        stack = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, Tree):
                yield node
                stack.extend(reversed(node.children))


class UnexpectedInput(Exception):
    """The tokens are not a sentence of the grammar."""


class UnexpectedToken(UnexpectedInput):
    def __init__(self, token, expected):
        super().__init__(f"unexpected token {token!r}, expected one of {sorted(expected)}")
        self.token = token
        self.expected = expected


class Symbol:
    __slots__ = ("name", "is_term")

    def __init__(self, name: str, is_term: bool):
        self.name = name
        self.is_term = is_term


class Rule:
    """A grammar rule as the checks read it off the grammar (`origin`, `expansion`)."""

    __slots__ = ("origin", "expansion")

    def __init__(self, origin: str, expansion: list[tuple[str, bool]]):
        self.origin = Symbol(origin, False)
        self.expansion = [Symbol(name, is_term) for name, is_term in expansion]


def _reducer(name: str, expand1: bool, to_include):
    """The tree-building callback of one rule, as lark's wrapper chain builds it."""
    if expand1:
        def build(children):
            return children[0] if len(children) == 1 else Tree(name, children)
    else:
        def build(children):
            return Tree(name, children)
    if to_include is None:
        return build

    def filtered_build(children):  # lark's ChildFilterLALR_NoPlaceholders, list sharing included
        filtered = []
        for i, to_expand in to_include:
            if to_expand:
                if filtered:
                    filtered += children[i].children
                else:
                    filtered = children[i].children
            else:
                filtered.append(children[i])
        return build(filtered)
    return filtered_build


class Parser:
    """An LALR parser over ready-made tokens: `parse(tokens)` or `parse_interactive()`."""

    def __init__(self, tables: dict):
        if tables.get("format") != FORMAT:
            raise ValueError("tables of another format")
        self.tables = tables
        self.start_state = tables["start_state"]
        self.end_state = tables["end_state"]
        self.rules = [Rule(origin, expansion) for origin, expansion in tables["rules"]]
        # reduce actions: (origin name, how many values it pops, its callback)
        self.reductions = [(origin, size, _reducer(tree_name, expand1, to_include))
                           for origin, size, tree_name, expand1, to_include in tables["reductions"]]
        # state -> {terminal or rule origin: (True, next state) or (False, index in `reductions`)}, as
        # stored: read as they are (making each state's dict with its reductions cost a one-file run ~20 ms)
        self.states = tables["states"]

    def parse(self, tokens):
        state = _State(self, [self.start_state], [])
        token = None
        for token in tokens:
            state.feed_token(token)
        return state.feed_token(Token("$END", "", 0, 1, 1), True)

    def parse_interactive(self, tokens=()):
        state = _State(self, [self.start_state], [])
        for token in tokens:
            state.feed_token(token)
        return InteractiveParser(state)


class _State:
    __slots__ = ("parser", "state_stack", "value_stack")

    def __init__(self, parser: Parser, state_stack: list, value_stack: list):
        self.parser = parser
        self.state_stack = state_stack
        self.value_stack = value_stack

    def feed_token(self, token, is_end=False):
        """lark's ParserState.feed_token: shift once, or reduce until the token shifts (or, at the end, accepts)."""
        state_stack = self.state_stack
        value_stack = self.value_stack
        states = self.parser.states
        reductions = self.parser.reductions
        end_state = self.parser.end_state
        while True:
            try:
                shift, arg = states[state_stack[-1]][token.type]
            except KeyError:
                raise UnexpectedToken(token, {s for s in states[state_stack[-1]] if s.isupper()}) from None
            if shift:
                if is_end:
                    raise UnexpectedToken(token, set())
                state_stack.append(arg)
                value_stack.append(token)
                return None
            origin, size, callback = reductions[arg]
            if size:
                s = value_stack[-size:]
                del state_stack[-size:]
                del value_stack[-size:]
            else:
                s = []
            value = callback(s)
            _shift, new_state = states[state_stack[-1]][origin]
            state_stack.append(new_state)
            value_stack.append(value)
            if is_end and state_stack[-1] == end_state:
                return value_stack[-1]


class InteractiveParser:
    """Feed tokens one at a time; `copy()` to try the end of input without losing the state."""

    __slots__ = ("state",)

    def __init__(self, state: _State):
        self.state = state

    def feed_token(self, token):
        return self.state.feed_token(token, token.type == "$END")

    def feed_eof(self):
        return self.feed_token(Token("$END", "", 0, 1, 1))

    def copy(self, deepcopy_values=False):
        if deepcopy_values:
            raise NotImplementedError("only shallow copies (deepcopy_values=False) are used")
        s = self.state
        return InteractiveParser(_State(s.parser, list(s.state_stack), list(s.value_stack)))


def from_lark(parser) -> dict:
    """The tables (plain data, picklable) of a Lark LALR parser built with a token-list lexer."""
    from functools import partial

    from lark.parse_tree_builder import ChildFilterLALR_NoPlaceholders, ExpandSingleChild
    from lark.parsers.lalr_analysis import Shift
    from lark.tree import Tree as LarkTree

    [start] = parser.options.start
    inner = parser.parser.parser.parser  # ParsingFrontend -> LALR_Parser -> _Parser
    table, callbacks = inner.parse_table, inner.callbacks
    rule_index: dict = {}
    reductions = []

    def reduction(rule) -> int:
        if rule not in rule_index:
            f = callbacks[rule]
            to_include = expand1 = None
            if isinstance(f, ChildFilterLALR_NoPlaceholders):
                to_include = [(int(i), bool(x)) for i, x in f.to_include]
                f = f.node_builder
            expand1 = isinstance(f, ExpandSingleChild)
            if expand1:
                f = f.node_builder
            if not (isinstance(f, partial) and f.func is LarkTree and len(f.args) == 1 and not f.keywords):
                raise NotImplementedError(f"a tree callback this runtime does not know: {f!r} for {rule}")
            rule_index[rule] = len(reductions)
            reductions.append((str(rule.origin.name), len(rule.expansion), str(f.args[0]), expand1, to_include))
        return rule_index[rule]

    states = {int(state): {str(term): (True, int(arg)) if action is Shift else (False, reduction(arg))
                           for term, (action, arg) in actions.items()}
              for state, actions in table.states.items()}
    return {
        "format": FORMAT,
        "start_state": int(table.start_states[start]),
        "end_state": int(table.end_states[start]),
        "states": states,
        "reductions": reductions,
        "rules": [(str(r.origin.name), [(str(s.name), bool(s.is_term)) for s in r.expansion]) for r in parser.rules],
    }
