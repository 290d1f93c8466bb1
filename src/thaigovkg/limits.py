"""Work that may run too long, run in a child process that can be stopped.

Neither rdflib nor pyoxigraph can interrupt a SPARQL query from Python, so
``call_with_timeout`` runs the call in a forked child and terminates it when the
time is up; the caller gets a ``TimeoutError`` that says what was stopped and how
to allow more time.
"""
from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable


def _child(connection, function: Callable, args: tuple) -> None:
    try:
        connection.send(("ok", function(*args)))
    except BaseException as error:  # sent back to be raised in the parent
        try:
            connection.send(("error", error))
        except Exception:   # the error itself cannot be pickled: send its text
            connection.send(("error", RuntimeError("".join(traceback.format_exception_only(error)).strip())))
    finally:
        connection.close()


def call_with_timeout(function: Callable, args: tuple, timeout: float | None, what: str = "the work"):
    """``function(*args)`` in a child process; ``TimeoutError`` when it takes more than ``timeout`` seconds.

    ``function`` must be a module-level function and its result picklable. With no
    timeout (None or ≤ 0) it is called here directly.
    """
    if not timeout or timeout <= 0:
        return function(*args)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, function, args), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise TimeoutError(f"{what} ran longer than {timeout:g} s and was stopped "
                               f"(allow more with --timeout SECONDS)")
        try:
            status, value = receiver.recv()
        except EOFError:
            raise RuntimeError(f"{what} failed: its process ended without an answer "
                               f"(exit code {child.exitcode}; out of memory?)") from None
    finally:
        if child.is_alive():
            child.terminate()
            child.join(2)
            if child.is_alive():
                child.kill()
        child.join()
        receiver.close()
    if status == "error":
        raise value
    return value


__all__ = ["call_with_timeout"]
