"""Rewrite a submission's AST so that every access to shared state calls the scheduler.

Attribute, subscript and shared-global reads and writes become calls of hook functions
(``__tc_r__(obj, "value", line)``...), so that ``self.value = self.value + 1`` has a
scheduling point at the read and another at the write, and the race detector sees both.
Loops get a tick so endless loops hit the step bound. Locals are left alone: they are not
shared. Hook names are dunder-shaped so that the compiler's private-name mangling inside
classes leaves them intact.
"""

import ast
import operator

R, W, D, M = "__tc_r__", "__tc_w__", "__tc_d__", "__tc_m__"
SR, SW, SD = "__tc_sr__", "__tc_sw__", "__tc_sd__"
GR, GW, GD = "__tc_gr__", "__tc_gw__", "__tc_gd__"
IT, LOOP, IOP, SLICE = "__tc_it__", "__tc_loop__", "__tc_iop__", "__tc_slice__"

INPLACE = {
    ast.Add: operator.iadd, ast.Sub: operator.isub, ast.Mult: operator.imul,
    ast.MatMult: operator.imatmul, ast.Div: operator.itruediv, ast.FloorDiv: operator.ifloordiv,
    ast.Mod: operator.imod, ast.Pow: operator.ipow, ast.LShift: operator.ilshift,
    ast.RShift: operator.irshift, ast.BitOr: operator.ior, ast.BitXor: operator.ixor,
    ast.BitAnd: operator.iand,
}
INPLACE_BY_NAME = {fn.__name__: fn for fn in INPLACE.values()}


def _call(name, *args):
    return ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=list(args), keywords=[])


def _const(value):
    return ast.Constant(value=value)


class _Scope:
    def __init__(self, names, is_function):
        self.names = names
        self.is_function = is_function


def _bound_names(body_nodes, args=None):
    """Names bound in a function body (its locals), not descending into nested scopes."""
    names, declared_global = set(), set()
    if args is not None:
        for a in args.posonlyargs + args.args + args.kwonlyargs:
            names.add(a.arg)
        for a in (args.vararg, args.kwarg):
            if a is not None:
                names.add(a.arg)

    def walk(children):
        for child in children:
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(child.name)
                continue
            if isinstance(child, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                continue
            if isinstance(child, ast.Name) and isinstance(child.ctx, (ast.Store, ast.Del)):
                names.add(child.id)
            elif isinstance(child, ast.Global):
                declared_global.update(child.names)
            elif isinstance(child, ast.Nonlocal):
                names.update(child.names)
            elif isinstance(child, (ast.Import, ast.ImportFrom)):
                for alias in child.names:
                    names.add((alias.asname or alias.name).split(".")[0])
            elif isinstance(child, ast.ExceptHandler) and child.name:
                names.add(child.name)
            walk(ast.iter_child_nodes(child))

    # The body's own statements too: a top-level `global x` must count (it is the usual place).
    walk(body_nodes)
    return names - declared_global


def shared_globals(tree):
    """Module globals some function declares `global`: the ones threads may share and write."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            names.update(node.names)
    return names


class Instrumenter(ast.NodeTransformer):
    def __init__(self, shared):
        self.shared = shared
        self.scopes = []
        self.tmp_count = 0
        self.classes = []  # enclosing class names, for private-name mangling

    def _attr(self, name):
        """An attribute name as the compiler would store it: `self.__x` in class C is `_C__x`."""
        owner = self.classes[-1].lstrip("_") if self.classes else ""
        if owner and name.startswith("__") and not name.endswith("__") and "." not in name:
            name = f"_{owner}{name}"
        return _const(name)

    # ------------------------------------------------------------------ helpers
    def _tmp(self):
        self.tmp_count += 1
        return f"__tc_v{self.tmp_count}__"

    def _is_shared(self, name):
        if name not in self.shared:
            return False
        for scope in reversed(self.scopes):
            if name in scope.names:
                return False
        return True

    def _simple(self, target):
        if isinstance(target, ast.Name):
            return not self._is_shared(target.id)
        if isinstance(target, ast.Starred):
            return self._simple(target.value)
        if isinstance(target, (ast.Tuple, ast.List)):
            return all(self._simple(e) for e in target.elts)
        return False

    def _slice(self, node):
        if isinstance(node, ast.Slice):
            parts = [self.visit(p) if p is not None else _const(None)
                     for p in (node.lower, node.upper, node.step)]
            return _call(SLICE, *parts)
        if isinstance(node, ast.Tuple) and any(isinstance(e, ast.Slice) for e in node.elts):
            return ast.Tuple(elts=[self._slice(e) for e in node.elts], ctx=ast.Load())
        return self.visit(node)

    def _assign_to(self, target, value, line):
        """Statements that store `value` (an expression) into `target`."""
        if self._simple(target):
            return [ast.Assign(targets=[target], value=value)]
        if isinstance(target, ast.Name):
            return [ast.Expr(_call(GW, _const(target.id), value, _const(line)))]
        if isinstance(target, ast.Attribute):
            return [ast.Expr(_call(W, self.visit(target.value), self._attr(target.attr), value, _const(line)))]
        if isinstance(target, ast.Subscript):
            return [ast.Expr(_call(SW, self.visit(target.value), self._slice(target.slice), value,
                                   _const(line)))]
        if isinstance(target, (ast.Tuple, ast.List)):
            elts, after = [], []
            for elt in target.elts:
                inner = elt.value if isinstance(elt, ast.Starred) else elt
                if self._simple(inner):
                    elts.append(elt)
                    continue
                name = self._tmp()
                store = ast.Name(id=name, ctx=ast.Store())
                elts.append(ast.Starred(value=store, ctx=ast.Store()) if isinstance(elt, ast.Starred) else store)
                after += self._assign_to(inner, ast.Name(id=name, ctx=ast.Load()), line)
            return [ast.Assign(targets=[ast.Tuple(elts=elts, ctx=ast.Store())], value=value)] + after
        return [ast.Assign(targets=[target], value=value)]

    def _rebind_target(self, node, line):
        """For/with targets that are not plain locals: bind a temp, assign it in the body."""
        name = self._tmp()
        stmts = self._assign_to(node, ast.Name(id=name, ctx=ast.Load()), line)
        return ast.Name(id=name, ctx=ast.Store()), stmts

    def _body(self, stmts):
        out = []
        for stmt in stmts:
            result = self.visit(stmt)
            if isinstance(result, list):
                out.extend(result)
            elif result is not None:
                out.append(result)
        return out or [ast.Pass()]

    # ------------------------------------------------------------------ scopes
    def visit_Module(self, node):
        node.body = self._body(node.body)
        return node

    def _function(self, node):
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.args.defaults = [self.visit(d) for d in node.args.defaults]
        node.args.kw_defaults = [self.visit(d) if d is not None else None for d in node.args.kw_defaults]
        self.scopes.append(_Scope(_bound_names(node.body, node.args), True))
        node.body = self._body(node.body)
        self.scopes.pop()
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = _function

    def visit_Lambda(self, node):
        node.args.defaults = [self.visit(d) for d in node.args.defaults]
        self.scopes.append(_Scope(_bound_names([], node.args), True))
        node.body = self.visit(node.body)
        self.scopes.pop()
        return node

    def visit_ClassDef(self, node):
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.bases = [self.visit(b) for b in node.bases]
        node.keywords = [self.visit(k) for k in node.keywords]
        self.scopes.append(_Scope(_bound_names(node.body), False))
        self.classes.append(node.name)
        node.body = self._body(node.body)
        self.classes.pop()
        self.scopes.pop()
        return node

    def _comprehension(self, node):
        names = set()
        for gen in node.generators:
            for n in ast.walk(gen.target):
                if isinstance(n, ast.Name):
                    names.add(n.id)
        self.scopes.append(_Scope(names, True))
        self.generic_visit(node)
        self.scopes.pop()
        return node

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comprehension

    def visit_comprehension(self, node):
        node.iter = _call(IT, self.visit(node.iter), _const(node.iter.lineno))
        node.ifs = [self.visit(i) for i in node.ifs]
        return node

    # ------------------------------------------------------------------ statements
    def visit_Assign(self, node):
        value = self.visit(node.value)
        if all(self._simple(t) for t in node.targets):
            node.value = value
            return node
        if len(node.targets) == 1:
            return self._located(self._assign_to(node.targets[0], value, node.lineno), node)
        name = self._tmp()
        stmts = [ast.Assign(targets=[ast.Name(id=name, ctx=ast.Store())], value=value)]
        for target in node.targets:
            stmts += self._assign_to(target, ast.Name(id=name, ctx=ast.Load()), node.lineno)
        return self._located(stmts, node)

    def visit_AnnAssign(self, node):
        if node.value is None:
            return node
        value = self.visit(node.value)
        if self._simple(node.target):
            node.value = value
            return node
        return self._located(self._assign_to(node.target, value, node.lineno), node)

    def visit_AugAssign(self, node):
        line = _const(node.lineno)
        op = _const(INPLACE[type(node.op)].__name__)
        target = node.target
        value = self.visit(node.value)
        if isinstance(target, ast.Name):
            if not self._is_shared(target.id):
                node.value = value
                return node
            current = _call(GR, _const(target.id), line)
            return self._located([ast.Expr(_call(GW, _const(target.id), _call(IOP, op, current, value), line))], node)
        obj = self._tmp()
        obj_load = ast.Name(id=obj, ctx=ast.Load())
        stmts = [ast.Assign(targets=[ast.Name(id=obj, ctx=ast.Store())], value=self.visit(target.value))]
        if isinstance(target, ast.Attribute):
            attr = self._attr(target.attr)
            new = _call(IOP, op, _call(R, obj_load, attr, line), value)
            stmts.append(ast.Expr(_call(W, obj_load, attr, new, line)))
        else:
            key = self._tmp()
            key_load = ast.Name(id=key, ctx=ast.Load())
            stmts.append(ast.Assign(targets=[ast.Name(id=key, ctx=ast.Store())], value=self._slice(target.slice)))
            new = _call(IOP, op, _call(SR, obj_load, key_load, line), value)
            stmts.append(ast.Expr(_call(SW, obj_load, key_load, new, line)))
        return self._located(stmts, node)

    def visit_Delete(self, node):
        stmts = []
        line = _const(node.lineno)
        for target in node.targets:
            if isinstance(target, ast.Attribute):
                stmts.append(ast.Expr(_call(D, self.visit(target.value), self._attr(target.attr), line)))
            elif isinstance(target, ast.Subscript):
                stmts.append(ast.Expr(_call(SD, self.visit(target.value), self._slice(target.slice), line)))
            elif isinstance(target, ast.Name) and self._is_shared(target.id):
                stmts.append(ast.Expr(_call(GD, _const(target.id), line)))
            else:
                stmts.append(ast.Delete(targets=[target]))
        return self._located(stmts, node)

    def _loop_tick(self, node):
        return ast.Expr(_call(LOOP, _const(node.lineno)))

    def visit_For(self, node):
        node.iter = _call(IT, self.visit(node.iter), _const(node.lineno))
        prefix = [self._loop_tick(node)]
        if not self._simple(node.target):
            node.target, assign = self._rebind_target(node.target, node.lineno)
            prefix += assign
        node.body = prefix + self._body(node.body)
        node.orelse = self._body(node.orelse) if node.orelse else []
        return self._located([node], node)[0]

    # A truth test or a whole copy of a container reads all of it: `if self.items:` and
    # `dict(self.counts)` race with a concurrent append or store as much as len() does.
    _COPIES = frozenset({"dict", "list", "set", "tuple", "frozenset"})

    def _whole(self, expr):
        visited = self.visit(expr)
        if isinstance(expr, (ast.Attribute, ast.Subscript, ast.Name)):
            return ast.copy_location(_call(IT, visited, _const(expr.lineno)), expr)
        return visited

    def visit_If(self, node):
        node.test = self._whole(node.test)
        node.body = self._body(node.body)
        node.orelse = self._body(node.orelse) if node.orelse else []
        return node

    def visit_IfExp(self, node):
        node.test = self._whole(node.test)
        node.body = self.visit(node.body)
        node.orelse = self.visit(node.orelse)
        return node

    def visit_BoolOp(self, node):
        node.values = [self._whole(v) for v in node.values]
        return node

    def visit_UnaryOp(self, node):
        node.operand = self._whole(node.operand) if isinstance(node.op, ast.Not) else self.visit(node.operand)
        return node

    def visit_While(self, node):
        node.test = self._whole(node.test)
        node.body = [self._loop_tick(node)] + self._body(node.body)
        node.orelse = self._body(node.orelse) if node.orelse else []
        return node

    def visit_With(self, node):
        prefix = []
        for item in node.items:
            item.context_expr = self.visit(item.context_expr)
            if item.optional_vars is not None and not self._simple(item.optional_vars):
                item.optional_vars, assign = self._rebind_target(item.optional_vars, node.lineno)
                prefix += assign
        node.body = prefix + self._body(node.body)
        return self._located([node], node)[0]

    def visit_match_case(self, node):
        if node.guard is not None:
            node.guard = self.visit(node.guard)
        node.body = self._body(node.body)
        return node

    # ------------------------------------------------------------------ expressions
    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load) and self._is_shared(node.id):
            return ast.copy_location(_call(GR, _const(node.id), _const(node.lineno)), node)
        return node

    def visit_Attribute(self, node):
        if isinstance(node.ctx, ast.Load):
            return ast.copy_location(
                _call(R, self.visit(node.value), self._attr(node.attr), _const(node.lineno)), node)
        node.value = self.visit(node.value)
        return node

    def visit_Subscript(self, node):
        if isinstance(node.ctx, ast.Load):
            return ast.copy_location(
                _call(SR, self.visit(node.value), self._slice(node.slice), _const(node.lineno)), node)
        node.value = self.visit(node.value)
        node.slice = self.visit(node.slice)
        return node

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.ctx, ast.Load):
            node.func = ast.copy_location(
                _call(M, self.visit(func.value), self._attr(func.attr), _const(func.lineno)), func)
        else:
            node.func = self.visit(func)
        if isinstance(func, ast.Name) and func.id in self._COPIES and len(node.args) == 1:
            node.args = [self._whole(node.args[0])]
        else:
            node.args = [self.visit(a) for a in node.args]
        node.keywords = [self.visit(k) for k in node.keywords]
        return node

    def visit_Compare(self, node):
        node.left = self.visit(node.left)
        comparators = []
        for op, comp in zip(node.ops, node.comparators):
            comp = self.visit(comp)
            if isinstance(op, (ast.In, ast.NotIn)):
                comp = _call(IT, comp, _const(node.lineno))
            comparators.append(comp)
        node.comparators = comparators
        return node

    def visit_arg(self, node):
        return node  # annotations are not evaluated for behaviour

    @staticmethod
    def _located(stmts, origin):
        for stmt in stmts:
            ast.copy_location(stmt, origin)
        return stmts


def instrument(tree):
    """Instrument a parsed module in place and return it, ready to compile."""
    tree = Instrumenter(shared_globals(tree)).visit(tree)
    return ast.fix_missing_locations(tree)
