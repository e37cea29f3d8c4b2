function [c, ceq] = confun(x)
% The nonlinear constraints of MATLAB's example "Nonlinear Inequality Constraints":
% x1*x2 - x1 - x2 <= -1.5 and x1*x2 >= -10, written as c(x) <= 0.
c = [1.5 + x(1)*x(2) - x(1) - x(2);
     -x(1)*x(2) - 10];
ceq = [];
end
