function [f, g] = quadgrad(x, A, b)
% The quadratic x'*A*x/2 - b'*x and its gradient A*x - b (A symmetric positive definite).
x = x(:);
f = x'*A*x/2 - b'*x;
if nargout > 1
  g = A*x - b;
end
end
