"""Errors the core raises for a person to read go through ``facilitator.i18n.t``, so they are in
the interface's language: a sentence typed straight into a raise, a Problem or a checker's
``add``/``fail`` fails here with its file and line (``tests/ui/test_translations.py`` then
makes sure each ``t("...")`` has its Spanish)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from facilitator import i18n
from facilitator.errors import InvalidInput, NotFound
from facilitator.plan import templates

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "facilitator"
MIGRATIONS = CORE / "storage" / "migrations"  # frozen history: never changed, never shown


def _modules() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path))
            for path in sorted(CORE.rglob("*.py")) if MIGRATIONS not in path.parents}


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _error_classes(modules) -> set[str]:
    """FacilitatorError and every class of the core that derives from it, however deep."""
    bases = {node.name: {_name(base) for base in node.bases}
             for tree in modules.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    found = {"FacilitatorError"}
    while True:
        more = {name for name, of in bases.items() if of & found} - found
        if not more:
            return found
        found |= more


def _has_words(text: str) -> bool:
    return any(character.isalpha() for character in text)


def _untranslated(node: ast.AST) -> bool:
    """A string literal or f-string with words in it that reaches the message without ``t()``."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.Constant) and _has_words(part.value) for part in node.values)
    if isinstance(node, ast.Call):
        if _name(node.func) == "t":
            return False
        if isinstance(node.func, ast.Attribute) and node.func.attr == "format":  # "...".format(...)
            return _untranslated(node.func.value)
        return False
    if isinstance(node, ast.BinOp):  # "..." + x, "..." % x
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_untranslated(item) for item in node.elts)
    return False


def _problem_message(call: ast.Call) -> list[ast.AST]:
    """The ``message`` of ``Problem(file, line, field, message)``."""
    return call.args[3:4] + [k.value for k in call.keywords if k.arg == "message"]


def _message_helpers(tree: ast.Module) -> dict[str, tuple[int, str]]:
    """Functions of a module that pass one of their parameters on as a Problem's message (a
    checker's ``add`` or ``fail``): name → (the parameter's position, self left out; its name)."""
    helpers = {}
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        params = [a.arg for a in function.args.posonlyargs + function.args.args]
        if params[:1] in (["self"], ["cls"]):
            params = params[1:]
        for call in ast.walk(function):
            if isinstance(call, ast.Call) and _name(call.func) == "Problem":
                for message in _problem_message(call):
                    if isinstance(message, ast.Name) and message.id in params:
                        helpers[function.name] = (params.index(message.id), message.id)
    return helpers


def untranslated_messages() -> list[str]:
    modules = _modules()
    errors = _error_classes(modules)
    found = []
    for path, tree in modules.items():
        helpers = _message_helpers(tree)  # a checker is used where it is defined
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in errors:  # raised, or built to be raised
                messages = list(node.args) + [k.value for k in node.keywords]
            elif name == "Problem":
                messages = _problem_message(node)
            elif name in helpers:
                index, keyword = helpers[name]
                messages = node.args[index:index + 1] + [k.value for k in node.keywords if k.arg == keyword]
            else:
                continue
            found += [f"{path.relative_to(ROOT)}:{message.lineno}: {name}({ast.unparse(message)[:80]})"
                      for message in messages if _untranslated(message)]
    return sorted(set(found))


def test_the_scan_knows_the_errors_and_the_checkers():
    modules = _modules()
    assert {"NotFound", "Ambiguous", "StorageError", "InvalidInput", "GroupingError", "TeamFileError",
            "ReviewPending"} <= _error_classes(modules)
    helpers = {name for tree in modules.values() for name in _message_helpers(tree)}
    assert {"add", "fail"} <= helpers
    caught = ast.parse('raise NotFound(f"No {x}.")\nraise FacilitatorError("No." + x)\n'
                       'Problem(a, 1, None, "bad")\ncheck.fail(field, "must be text")').body
    assert all(_untranslated(message) for message in (caught[0].exc.args[0], caught[1].exc.args[0],
                                                       caught[2].value.args[3], caught[3].value.args[1]))
    passed = ast.parse('raise NotFound(t("No {x}.").format(x=x))\nraise FacilitatorError(t("A.") + " " + t("B."))\n'
                       'raise FacilitatorError(str(error))').body
    assert not any(_untranslated(statement.exc.args[0]) for statement in passed)


def test_every_message_for_a_person_goes_through_t():
    found = untranslated_messages()
    assert not found, "wrap these in t(...) and add their Spanish to facilitator/catalogue_es.py:\n" + "\n".join(found)


def test_an_error_comes_out_in_the_interface_language():
    with i18n.language("es"):
        with pytest.raises(NotFound) as spanish:
            templates.get_template("no-such-template")
    with pytest.raises(NotFound) as english:
        templates.get_template("no-such-template")
    assert str(spanish.value).startswith("No hay ninguna plantilla «no-such-template». Disponibles: ")
    assert str(english.value).startswith("There is no template 'no-such-template'. Available: ")
    assert str(spanish.value).split(": ", 1)[1] == str(english.value).split(": ", 1)[1]  # the ids are data


def test_a_problem_in_a_file_comes_out_in_the_interface_language(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('[template]\nid = "broken"\nname = "Broken"\n\n[[sessions]]\nduration_minutes = 60\n',
                      encoding="utf-8")
    with i18n.language("es"):
        with pytest.raises(InvalidInput) as spanish:
            templates.load_template(broken)
    assert str(spanish.value) == f"{broken}, línea 5, campo «sessions[1].title»: es obligatorio"
