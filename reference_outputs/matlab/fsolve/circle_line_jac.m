function [F, J] = circle_line_jac(x)
% The circle x1^2 + x2^2 = 4 meets the line x1 = x2 at (sqrt(2), sqrt(2)): F and its Jacobian.
F = [x(1)^2 + x(2)^2 - 4; x(1) - x(2)];
J = [2*x(1), 2*x(2); 1, -1];
end
