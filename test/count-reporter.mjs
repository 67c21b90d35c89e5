// Prints a plain closing line "N passed, N failed, N skipped" alone on the last line, so that CI
// can read the result. Used next to defaultReporter().
export function countReporter() {
  let totals;
  const walk = (suite, t) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) t.skipped++;
      else if (test.passed) t.passed++;
      else t.failed++;
    }
    for (const s of suite?.suites ?? []) walk(s, t);
  };
  return {
    onTestRunFinished({ sessions }) {
      const t = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        walk(session.testResults, t);
        // a test file that failed to load counts as a failure
        if (!session.passed && (session.errors?.length ?? 0) > 0) t.failed++;
      }
      totals = t;
    },
    stop() {
      if (totals)
        process.once('exit', () =>
          console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`),
        );
    },
  };
}
