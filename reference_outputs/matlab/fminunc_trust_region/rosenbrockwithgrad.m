function [f, g] = rosenbrockwithgrad(x)
% Rosenbrock's function and its gradient, the objective of the fminunc reference page's
% example "Supply Gradient" (written for compat's golden suite).
f = 100*(x(2) - x(1)^2)^2 + (1 - x(1))^2;
if nargout > 1
  g = [-400*(x(2) - x(1)^2)*x(1) - 2*(1 - x(1)); 200*(x(2) - x(1)^2)];
end
end
