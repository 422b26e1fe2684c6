"""The whole pipeline, model loading included, runs with the network blocked."""
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pipeline_runs_with_sockets_blocked():
    # A fresh interpreter, so the model is loaded (not cached) while every
    # socket operation raises.
    code = textwrap.dedent("""
        import socket, sys
        def refuse(*a, **k):
            raise OSError("network access attempted")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from newsparse import analyse
        doc = analyse(open(sys.argv[1], encoding="utf-8-sig").read())
        assert doc.entities, "the model found nothing"
        print(len(doc.entities))
    """)
    seed = ROOT / "seeds" / "000_91626f82ed96f08a.txt"
    out = subprocess.run([sys.executable, "-c", code, str(seed)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert int(out.stdout.strip().splitlines()[-1]) > 0


def test_model_files_ship_inside_the_package():
    from newsparse.entities.ner import model_files

    files = model_files()
    for path in (files.ner, files.pretrain, files.resources_json):
        assert path.exists(), path
        assert path.stat().st_size < 26_000_000, f"{path} is over the 25 MB budget"
