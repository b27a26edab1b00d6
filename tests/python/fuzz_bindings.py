"""Calls every bound callable and sets every bound property of winnet._winnet with wrong types
and values, for tests/python/test_errors_named.py, which runs it in a subprocess: whatever
happens, the interpreter must not crash and every error must be an ordinary Python exception.

    python fuzz_bindings.py [--seed N] [--rounds N]

Prints one line per kind of exception seen and "fuzz: N calls, N errors, N unexpected", and
exits 1 when an unexpected exception (SystemError, or anything but TypeError, ValueError,
winnet.Error and their subclasses) came out.
"""

from __future__ import annotations

import argparse
import collections
import enum
import inspect
import random
import sys

import winnet
import winnet._winnet as core

# Things that may reasonably come out of a call with wrong arguments (OSError: the functions that
# read a file by name, given a name that is not one).
EXPECTED = (TypeError, ValueError, winnet.Error, KeyError, IndexError, OverflowError, OSError)
SKIP = {"__init_subclass__", "__new__", "__subclasshook__", "__class_getitem__", "__reduce__",
        "__reduce_ex__", "__getstate__", "__setstate__", "__del__", "__dir__", "__sizeof__",
        "__format__", "__init__", "__setattr__", "__delattr__", "__getattribute__"}  # fmt: skip


def modules():
    return [core] + [v for v in vars(core).values() if inspect.ismodule(v)]


def bad_values(rng: random.Random, enums: list) -> list:
    member = rng.choice(enums) if enums else None
    return [
        None, True, 0, -1, 1 << 16, 1 << 31, 1 << 63, 1 << 200, -(1 << 70), 1.5, float("nan"),
        "", "x", "10.0.0.1", "10.0.0.0/8", "300.1.1.1", "::1", "00-15-5D-00-00-01", "\x00", "é" * 3,
        "{}", "[", "x" * 10_000, b"10.0.0.1", [], [None], ["x"], [1 << 70], ["10.0.0.1"], (), {},
        {"a": 1}, {1: 2}, set(), object(), member, [member], core, print, type,
    ]  # fmt: skip


def instances_of(cls, rng):
    """A default instance of `cls`, or None when it takes required arguments."""
    try:
        return cls()
    except Exception:  # noqa: BLE001 - any failure just means "no default instance"
        return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    classes, functions, enums = [], [], []
    for module in modules():
        for name, value in sorted(vars(module).items()):
            if inspect.isclass(value) and issubclass(value, enum.Enum):
                enums += list(value)
            elif inspect.isclass(value) and not issubclass(value, BaseException):
                classes.append(value)
            elif callable(value) and not inspect.ismodule(value) and not name.startswith("_"):
                functions.append(value)
    seen: collections.Counter = collections.Counter()
    unexpected: list[str] = []
    calls = 0

    def attempt(what, fn, *a, **kw):
        nonlocal calls
        calls += 1
        try:
            fn(*a, **kw)
        except EXPECTED as e:
            seen[type(e).__name__] += 1
        except Exception as e:  # noqa: BLE001 - recorded and reported
            seen[type(e).__name__] += 1
            unexpected.append(f"{what}: {type(e).__name__}: {str(e)[:200]}")

    for _ in range(args.rounds):
        values = bad_values(rng, enums)
        for fn in functions:
            for n in range(4):
                attempt(f"{fn.__name__}{n}", fn, *rng.sample(values, n))
        for cls in classes:
            # Constructors: each keyword alone with each bad value, then random mixes.
            params = []
            try:
                text = cls.__init__.__doc__ or ""
                params = sorted(set(p for p in __import__("re").findall(r"(\w+):", text) if p != "self"))
            except Exception:  # noqa: BLE001
                pass
            for p in params:
                for v in values:
                    attempt(f"{cls.__name__}({p}=)", cls, **{p: v})
            for n in range(3):
                attempt(f"{cls.__name__}(*{n})", cls, *rng.sample(values, n))
            obj = instances_of(cls, rng)
            if obj is None:
                continue
            for name in sorted(dir(cls)):
                if name in SKIP:
                    continue
                attr = inspect.getattr_static(cls, name, None)
                if isinstance(attr, property) and attr.fset is not None:
                    for v in values:
                        attempt(f"{cls.__name__}.{name}=", setattr, obj, name, v)
                elif callable(attr) and not inspect.isclass(attr):
                    bound = getattr(obj, name, None)
                    if bound is None:
                        continue
                    for n in range(3):
                        attempt(f"{cls.__name__}.{name}", bound, *rng.sample(values, n))
            # The object must still be usable after all that.
            attempt(f"repr({cls.__name__})", repr, obj)
    for name, count in sorted(seen.items()):
        print(f"  {name}: {count}")
    for line in unexpected[:50]:
        print(f"UNEXPECTED {line}")
    print(f"fuzz: {calls} calls, {sum(seen.values())} errors, {len(unexpected)} unexpected")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
