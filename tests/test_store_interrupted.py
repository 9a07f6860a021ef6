"""A batch killed with SIGKILL leaves every article fully stored or absent; the next run completes it."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import duckdb

N = 40
SCRIPT = textwrap.dedent("""
    import sys, time
    from parley.store import Store
    from parley.store.synthetic import article, keyword_coder

    def slow(articles):
        for res in keyword_coder(articles):
            time.sleep(float(sys.argv[2]))
            yield res

    texts = ["Russia phoned the United States on 2016-12-%02d. Turkey attacked Syria on 2016-11-%02d. "
             "China praised Iran." % (i % 28 + 1, i % 28 + 1) for i in range(%(n)d)]
    with Store(sys.argv[1]) as st:
        st.ingest_articles((article(f"a{i}", t) for i, t in enumerate(texts)), slow, recluster_every=7,
                           progress=lambda n: print("stored", flush=True))
        print("done", flush=True)
""".replace("%(n)d", str(N)))


def _check_consistent(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        per_article = con.execute(
            "SELECT a.article_id, a.n_events, count(e.event_id) FROM articles a "
            "LEFT JOIN events e USING (article_id) GROUP BY ALL").fetchall()
        assert all(n == got for _, n, got in per_article), per_article
        stray = con.execute("SELECT count(*) FROM events WHERE article_id NOT IN "
                            "(SELECT article_id FROM articles)").fetchall()[0][0]
        assert stray == 0
        sentences = con.execute("SELECT count(DISTINCT article_id) FROM sentences").fetchall()[0][0]
        assert sentences == len(per_article)
        return len(per_article)
    finally:
        con.close()


def test_sigkill_mid_batch_then_rerun_completes(tmp_path):
    db = tmp_path / "s.duckdb"
    script = tmp_path / "run.py"
    script.write_text(SCRIPT)
    proc = subprocess.Popen([sys.executable, str(script), str(db), "0.05"], stdout=subprocess.PIPE, text=True)
    for _ in range(5):  # kill it once several articles are committed, in the middle of the batch
        assert proc.stdout.readline().startswith("stored")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    stored = _check_consistent(db)
    assert 5 <= stored < N

    done = subprocess.run([sys.executable, str(script), str(db), "0"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert _check_consistent(db) == N
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM dirty_keys").fetchall()[0][0] == 0
    assert con.execute("SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchall()[0][0] == 0
    con.close()
