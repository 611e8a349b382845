// Thrown by a grader whose work was cut short by the run's abort signal (SIGINT, SIGTERM,
// the budget): nobody graded the output, so gradeCases leaves it unjudged as cancelled.
export class GradingCancelledError extends Error {
  constructor(message = 'grading stopped before this output was graded (the run was aborted)') {
    super(message);
    this.name = 'GradingCancelledError';
  }
}
