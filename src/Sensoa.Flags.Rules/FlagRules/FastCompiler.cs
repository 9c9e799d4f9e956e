using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// Compiles the rules' conditions and actions with FastExpressionCompiler (NRules' documented extension point), falling
/// back to <see cref="Expression{TDelegate}.Compile()"/> for an expression it does not support, so no rule depends on it.
/// </summary>
internal sealed class FastCompiler : IExpressionCompiler
{
    public static FastCompiler Instance { get; } = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
