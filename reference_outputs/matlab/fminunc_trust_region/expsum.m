function [f, g] = expsum(x)
% exp(x1 + 3*x2 - 0.1) + exp(x1 - 3*x2 - 0.1) + exp(-x1 - 0.1) (Boyd & Vandenberghe,
% Convex Optimization, example 9.2 of chapter 9), its gradient; minimiser
% (-log(2)/2, 0).
e1 = exp(x(1) + 3*x(2) - 0.1); e2 = exp(x(1) - 3*x(2) - 0.1); e3 = exp(-x(1) - 0.1);
f = e1 + e2 + e3;
if nargout > 1
  g = [e1 + e2 - e3; 3*e1 - 3*e2];
end
end
