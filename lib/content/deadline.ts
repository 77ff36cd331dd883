// Runs a synchronous task with a wall-clock cap. Parsing is synchronous (micromark), so a
// timer cannot interrupt it; V8's script watchdog can. node:vm's `timeout` terminates whatever
// JavaScript runs under the script, including host functions it calls, and then throws.
// The script text is our own constant: no input is ever evaluated here.
import vm from "node:vm";

const sandbox: { task: (() => unknown) | null } = { task: null };
const context = vm.createContext(sandbox);
const runner = new vm.Script("task()", { filename: "deadline.vm" });

export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`took longer than ${ms} ms`);
    this.name = "DeadlineExceeded";
  }
}

/** Runs `task` and returns its result; throws DeadlineExceeded if it runs longer than `ms`. */
export function withDeadline<T>(ms: number, task: () => T): T {
  sandbox.task = task;
  try {
    return runner.runInContext(context, { timeout: ms, breakOnSigint: false }) as T;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new DeadlineExceeded(ms);
    throw error;
  } finally {
    sandbox.task = null;
  }
}
