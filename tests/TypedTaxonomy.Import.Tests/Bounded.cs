using System;
using System.Threading;
using System.Threading.Tasks;

namespace TypedTaxonomy.Tests.Shared;

/// <summary>
/// Runs a piece of hostile-input work on a thread of its own (an ordinary stack) and fails the test if it throws
/// or does not finish within a hang guard; returns what it allocated. The guard turns a hang or a quadratic pass on
/// an input sized for it into a failure, it is not a performance assertion.
/// </summary>
internal static class Bounded
{
    public static (T Result, long Allocated) Run<T>(Func<T> work, TimeSpan hangGuard)
    {
        var task = Task.Factory.StartNew(
            () =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var result = work();
                return (Result: result, Allocated: GC.GetAllocatedBytesForCurrentThread() - before);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        if (!task.Wait(hangGuard) && !task.IsCompleted)
        {
            Assert.Fail($"The work did not finish within {hangGuard.TotalSeconds} s: a hang, or a pass that is not linear in its input.");
        }

        return task.Result;
    }
}
